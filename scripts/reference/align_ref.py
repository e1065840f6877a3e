"""Golden fixtures for the alignment losses (GRPO and DPO), written to test/fixtures/align/.

Run: /usr/bin/python3 scripts/reference/align_ref.py
Needs torch + numpy only. The policy is model-core's tiny llama checkpoint
(test/fixtures/models/llama-f32) with the LoRA adapter of test/fixtures/layers/peft-adapter
(all seven projections, r=4, alpha=8); the reference model is the same checkpoint without the
adapter. Forward passes come from scripts/reference/llama_ref.py (written from transformers'
modeling code); the losses below are written from the published formulas as TRL's GRPOTrainer
and DPOTrainer / LLaMA-Factory's CustomDPOTrainer apply them, without importing either.

Fixtures
- grpo.safetensors + grpo.json: one micro-batch of 2 prompts x 2 completions (left-padded prompts,
  right-padded completions, one completion ended early), rewards of two functions (one null),
  advantages for scale_rewards group/batch/none, policy/old/reference per-token log-probs at
  temperature 0.7, and for each loss_type (grpo, bnpo, dr_grpo, dapo) the loss, the KL and clip
  statistics and the gradients w.r.t. every lora_A / lora_B; plus the on-policy case (old = the
  current policy detached).
- dpo.safetensors + dpo.json: 3 preference pairs (chosen rows then rejected rows, right-padded,
  prompt tokens labelled -100), summed log-probs of policy and reference, and for sigmoid (with
  label smoothing), hinge, ipo and sigmoid + pref_ftx: loss, chosen/rejected rewards and gradients.
"""
import json
import math
import os
import sys

import torch

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from llama_ref import RefModel, read_safetensors  # noqa: E402
from layers_ref import write_safetensors  # noqa: E402

ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", ".."))
OUT = os.path.join(ROOT, "test", "fixtures", "align")
MODEL = os.path.join(ROOT, "test", "fixtures", "models", "llama-f32")
ADAPTER = os.path.join(ROOT, "test", "fixtures", "layers", "peft-adapter")


class LoraPolicy(RefModel):
    """RefModel whose projections add x A^T B^T * scaling (PEFT LoRA, no dropout)."""

    def __init__(self, cfg, w, adapters, scaling):
        super().__init__(cfg, w)
        self.adapters, self.scaling = adapters, scaling

    def lin(self, x, name):
        y = super().lin(x, name)
        if name in self.adapters:
            a, b = self.adapters[name]
            y = y + (x @ a.t() @ b.t()) * self.scaling
        return y


def load_policy():
    base = RefModel.load(MODEL)
    with open(os.path.join(ADAPTER, "adapter_config.json")) as f:
        acfg = json.load(f)
    tensors, _ = read_safetensors(os.path.join(ADAPTER, "adapter_model.safetensors"))
    adapters = {}
    for key, t in tensors.items():
        path = key[len("base_model.model."): -len(".lora_A.weight")]
        a = tensors[f"base_model.model.{path}.lora_A.weight"].clone().requires_grad_(True)
        b = tensors[f"base_model.model.{path}.lora_B.weight"].clone().requires_grad_(True)
        adapters[path] = (a, b)
    policy = LoraPolicy(base.cfg, base.w, adapters, acfg["lora_alpha"] / acfg["r"])
    return base, policy


FORWARD = RefModel.forward.__wrapped__  # RefModel.forward runs under no_grad; gradients are needed here


def grads_of(policy, loss):
    for a, b in policy.adapters.values():
        a.grad, b.grad = None, None
    loss.backward(retain_graph=True)
    out = {}
    for path, (a, b) in policy.adapters.items():
        out[f"grad.{path}.lora_A"] = a.grad.clone()
        out[f"grad.{path}.lora_B"] = b.grad.clone()
    return out


# ------------------------------------------------------------------ GRPO
def completion_logps(model, ids, mask, prompt_width, completion, temperature, grad):
    """log p(completion token t) with logits / temperature: position P-1+t predicts token t."""
    with torch.set_grad_enabled(grad):
        logits = FORWARD(model, ids, mask)
        C = completion.shape[1]
        sel = logits[:, prompt_width - 1: prompt_width - 1 + C, :] / temperature
        return torch.log_softmax(sel, dim=-1).gather(-1, completion.unsqueeze(-1)).squeeze(-1)


def nanstd(x):
    v = x[~torch.isnan(x)]
    if v.numel() < 2:
        return torch.tensor(float("nan"))
    return v.std(unbiased=True)


def advantages(rewards_per_func, weights, G, scale):
    """TRL sum_then_normalize: weighted nansum, group mean, group/batch std (Bessel), + 1e-4."""
    all_nan = torch.isnan(rewards_per_func).all(dim=1)
    rewards = torch.nansum(rewards_per_func * weights[None, :], dim=1)
    rewards[all_nan] = float("nan")
    adv = torch.empty_like(rewards)
    batch_std = nanstd(rewards)
    for g in range(0, rewards.numel(), G):
        grp = rewards[g: g + G]
        ok = grp[~torch.isnan(grp)]
        mean = ok.mean() if ok.numel() else torch.tensor(float("nan"))
        std = batch_std if scale == "batch" else nanstd(grp)
        a = grp - mean
        if scale != "none":
            a = a / (std + 1e-4)
        adv[g: g + G] = a
    return rewards, torch.nan_to_num(adv, nan=0.0)


def grpo_loss(logps, old, ref, adv, mask, beta, eps_low, eps_high, loss_type, max_len):
    ratio = torch.exp(logps - old)
    clipped = torch.clamp(ratio, 1 - eps_low, 1 + eps_high)
    a = adv.unsqueeze(1)
    per_token = -torch.min(ratio * a, clipped * a)
    kl = torch.exp(ref - logps) - (ref - logps) - 1
    per_token = per_token + beta * kl
    if loss_type == "grpo":
        loss = ((per_token * mask).sum(-1) / mask.sum(-1).clamp(min=1.0)).mean()
    elif loss_type in ("bnpo", "dapo"):
        loss = (per_token * mask).sum() / mask.sum().clamp(min=1.0)
    elif loss_type == "dr_grpo":
        loss = (per_token * mask).sum() / (per_token.size(0) * max_len)
    else:
        raise ValueError(loss_type)
    tokens = mask.sum().clamp(min=1.0)
    low = ((ratio < 1 - eps_low) & (a < 0)).float()
    high = ((ratio > 1 + eps_high) & (a > 0)).float()
    stats = {
        "kl": float((kl * mask).sum() / tokens),
        "clip_low": float((low * mask).sum() / tokens),
        "clip_high": float((high * mask).sum() / tokens),
        "clip_region": float((((low + high) > 0).float() * mask).sum() / tokens),
    }
    return loss, stats


def grpo_fixture():
    base, policy = load_policy()
    pad, eos = 0, 2
    prompts = [[1, 45, 99, 300, 12], [1, 200, 17]]
    completions = [[77, 5, 310, 41, 9], [13, 250, eos], [64, 64, 120, 3, 88], [301, eos]]
    P = max(len(p) for p in prompts)
    C = max(len(c) for c in completions)
    ids, attn, comp, cmask = [], [], [], []
    for i, c in enumerate(completions):
        p = prompts[i // 2]
        ids.append([pad] * (P - len(p)) + p + c + [pad] * (C - len(c)))
        attn.append([0] * (P - len(p)) + [1] * len(p) + [1] * len(c) + [0] * (C - len(c)))
        comp.append(c + [pad] * (C - len(c)))
        cmask.append([1] * len(c) + [0] * (C - len(c)))
    ids, attn = torch.tensor(ids), torch.tensor(attn)
    comp, cmask = torch.tensor(comp), torch.tensor(cmask).float()
    T = 0.7
    beta, eps_low, eps_high, max_len = 0.04, 0.2, 0.28, 8
    weights = torch.tensor([1.0, 0.5])
    nan = float("nan")
    rewards_per_func = torch.tensor([[1.0, 0.3], [0.0, nan], [nan, 0.2], [1.0, 0.9]])
    # Advantages alone on 2 groups of 3, with an unscorable completion and a group without spread.
    adv_rewards = torch.tensor([[1.0, nan], [nan, nan], [0.0, 2.0], [0.5, 0.5], [0.5, 0.5], [0.5, 0.5]])
    out, meta = {}, {"prompt_width": P, "temperature": T, "beta": beta, "epsilon_low": eps_low,
                     "epsilon_high": eps_high, "max_completion_length": max_len, "num_generations": 2,
                     "reward_weights": weights.tolist(), "loss_types": ["grpo", "bnpo", "dr_grpo", "dapo"],
                     "stats": {}}
    out["adv_rewards"] = adv_rewards
    for scale in ("group", "batch", "none"):
        rewards, adv = advantages(adv_rewards.clone(), weights, 3, scale)
        out[f"rewards.{scale}"] = rewards
        out[f"advantages.{scale}"] = adv
    _, adv = advantages(rewards_per_func.clone(), weights, 2, "group")
    logps = completion_logps(policy, ids, attn, P, comp, T, grad=True)
    ref = completion_logps(base, ids, attn, P, comp, T, grad=False)
    g = torch.Generator().manual_seed(3)
    # Old policy = current + noise of 0.6 nats per token, so some ratios leave [0.8, 1.28].
    old = logps.detach() + torch.randn(logps.shape, generator=g) * 0.6
    out.update({"input_ids": ids.float(), "attention_mask": attn.float(), "completion_ids": comp.float(),
                "completion_mask": cmask, "rewards_per_func": rewards_per_func, "policy_logps": logps.detach(),
                "ref_logps": ref, "old_logps": old})
    for lt in meta["loss_types"]:
        loss, stats = grpo_loss(logps, old, ref, adv, cmask, beta, eps_low, eps_high, lt, max_len)
        out[f"{lt}.loss"] = loss.detach().reshape(1)
        meta["stats"][lt] = stats
        for k, v in grads_of(policy, loss).items():
            out[f"{lt}.{k}"] = v
    # On-policy (TRL's default num_iterations=1): old = current detached, ratio 1, no clipping.
    loss, stats = grpo_loss(logps, logps.detach(), ref, adv, cmask, beta, eps_low, eps_high, "dapo", max_len)
    out["onpolicy.loss"] = loss.detach().reshape(1)
    meta["stats"]["onpolicy"] = stats
    for k, v in grads_of(policy, loss).items():
        out[f"onpolicy.{k}"] = v
    write_safetensors(os.path.join(OUT, "grpo.safetensors"), out)
    with open(os.path.join(OUT, "grpo.json"), "w") as f:
        json.dump(meta, f, indent=2, sort_keys=True)


# ------------------------------------------------------------------ DPO
def sequence_logps(model, ids, mask, labels, grad):
    """Sum of log p(label) over labelled positions (HF shift: position t predicts label t+1), and counts."""
    with torch.set_grad_enabled(grad):
        logits = FORWARD(model, ids, mask)[:, :-1, :]
        tgt = labels[:, 1:].clone()
        keep = tgt != -100
        tgt[~keep] = 0
        lp = torch.log_softmax(logits, dim=-1).gather(-1, tgt.unsqueeze(-1)).squeeze(-1)
        return (lp * keep).sum(-1), keep.sum(-1).float()


def dpo_loss(pol, ref, counts, beta, loss_type, label_smoothing, ftx):
    n = pol.shape[0] // 2
    if loss_type == "ipo":
        pol, ref = pol / counts, ref / counts
    pc, pr, rc, rr = pol[:n], pol[n:], ref[:n], ref[n:]
    logits = (pc - pr) - (rc - rr)
    if loss_type == "sigmoid":
        losses = -torch.nn.functional.logsigmoid(beta * logits) * (1 - label_smoothing) \
            - torch.nn.functional.logsigmoid(-beta * logits) * label_smoothing
    elif loss_type == "hinge":
        losses = torch.relu(1 - beta * logits)
    elif loss_type == "ipo":
        losses = (logits - 1 / (2 * beta)) ** 2
    else:
        raise ValueError(loss_type)
    chosen_avg = pc if loss_type == "ipo" else pc / counts[:n]
    if ftx > 0:
        losses = losses + ftx * (-chosen_avg)
    return losses.mean(), (beta * (pc - rc)).detach(), (beta * (pr - rr)).detach()


def dpo_fixture():
    base, policy = load_policy()
    pad = 0
    pairs = [
        ([1, 45, 99], [300, 12, 2], [17, 2]),
        ([1, 200, 17, 88, 5], [41, 2], [99, 99, 310, 2]),
        ([1, 7], [120, 64, 3, 250, 2], [120, 65, 2]),
    ]
    rows = [(p, c) for p, c, _ in pairs] + [(p, r) for p, _, r in pairs]
    T = max(len(p) + len(c) for p, c in rows)
    ids, attn, labels = [], [], []
    for p, c in rows:
        seq = p + c
        ids.append(seq + [pad] * (T - len(seq)))
        attn.append([1] * len(seq) + [0] * (T - len(seq)))
        labels.append([-100] * len(p) + c + [-100] * (T - len(seq)))
    ids, attn, labels = torch.tensor(ids), torch.tensor(attn), torch.tensor(labels)
    pol, counts = sequence_logps(policy, ids, attn, labels, grad=True)
    ref, _ = sequence_logps(base, ids, attn, labels, grad=False)
    out = {"input_ids": ids.float(), "attention_mask": attn.float(), "labels": labels.float(),
           "policy_logps": pol.detach(), "ref_logps": ref, "counts": counts}
    cases = {
        "sigmoid": dict(beta=0.1, loss_type="sigmoid", label_smoothing=0.1, ftx=0.0),
        "hinge": dict(beta=0.1, loss_type="hinge", label_smoothing=0.0, ftx=0.0),
        "ipo": dict(beta=0.5, loss_type="ipo", label_smoothing=0.0, ftx=0.0),
        "sigmoid_ftx": dict(beta=0.1, loss_type="sigmoid", label_smoothing=0.0, ftx=0.5),
    }
    for name, kw in cases.items():
        loss, cr, rr = dpo_loss(pol, ref, counts, **kw)
        out[f"{name}.loss"] = loss.detach().reshape(1)
        out[f"{name}.chosen_rewards"] = cr
        out[f"{name}.rejected_rewards"] = rr
        for k, v in grads_of(policy, loss).items():
            out[f"{name}.{k}"] = v
    write_safetensors(os.path.join(OUT, "dpo.safetensors"), out)
    with open(os.path.join(OUT, "dpo.json"), "w") as f:
        json.dump({"cases": cases, "pairs": len(pairs)}, f, indent=2, sort_keys=True)


if __name__ == "__main__":
    os.makedirs(OUT, exist_ok=True)
    torch.set_num_threads(1)
    torch.manual_seed(0)
    grpo_fixture()
    dpo_fixture()
    print(f"wrote fixtures to {os.path.relpath(OUT, ROOT)}")
