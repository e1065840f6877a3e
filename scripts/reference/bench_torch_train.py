"""PyTorch counterpart of `npm run bench:train`: LoRA training throughput at the same shapes.

A Llama-family decoder written the way Hugging Face transformers' eager modeling code computes
it (RMSNorm, rotate_half RoPE, repeat_kv grouped-query attention with softmax in float32, SwiGLU,
tied lm_head, `ForCausalLMLoss` = cross-entropy over the full [B*T, V] logits), random weights
(N(0, 0.02), unit norms), PEFT-style LoRA r=16 alpha=32 dropout 0 on all seven projections,
torch.optim.AdamW over the adapters, float32, at a given thread count. Optional per-layer
gradient checkpointing (torch.utils.checkpoint, as HF's gradient_checkpointing=True).

Outside CI (tests never need Python); for alternated comparisons on the same machine.

Usage:
  /usr/bin/python3 scripts/reference/bench_torch_train.py --shape tiny|smollm135|qwen05 \
      --batch B --seq T --steps N [--threads K] [--gradient-checkpointing]
Prints per-step times and ends with one JSON line (also out/bench/train-torch-<shape>.json) with
the same keys as bench:train.
"""
import argparse
import json
import math
import os
import resource
import sys
import time

import torch
import torch.nn.functional as F
from torch import nn
from torch.utils.checkpoint import checkpoint

sys.path.insert(0, os.path.dirname(__file__))
from llama_ref import repeat_kv, rotate_half  # noqa: E402  (HF's eager helpers, written once)

SHAPES = {
    "tiny": dict(vocab=32000, hidden=128, inter=352, layers=4, heads=4, kv=2, eps=1e-5, theta=10000.0, qkv_bias=False),
    "smollm135": dict(vocab=49152, hidden=576, inter=1536, layers=30, heads=9, kv=3, eps=1e-5, theta=100000.0, qkv_bias=False),
    "qwen05": dict(vocab=151936, hidden=896, inter=4864, layers=24, heads=14, kv=2, eps=1e-6, theta=1000000.0, qkv_bias=True),
}


class RMSNorm(nn.Module):
    def __init__(self, d, eps):
        super().__init__()
        self.weight = nn.Parameter(torch.ones(d), requires_grad=False)
        self.eps = eps

    def forward(self, x):
        var = x.pow(2).mean(-1, keepdim=True)
        return self.weight * (x * torch.rsqrt(var + self.eps))


class LoraLinear(nn.Module):
    """PEFT's LoRA Linear: frozen base plus B(A(dropout(x))) * alpha / r."""

    def __init__(self, d_in, d_out, bias, r, alpha):
        super().__init__()
        self.base = nn.Linear(d_in, d_out, bias=bias)
        nn.init.normal_(self.base.weight, std=0.02)
        if bias:
            nn.init.zeros_(self.base.bias)
        self.base.requires_grad_(False)
        self.lora_A = nn.Linear(d_in, r, bias=False)
        self.lora_B = nn.Linear(r, d_out, bias=False)
        nn.init.kaiming_uniform_(self.lora_A.weight, a=math.sqrt(5))
        nn.init.zeros_(self.lora_B.weight)
        self.scaling = alpha / r

    def forward(self, x):
        return self.base(x) + self.lora_B(self.lora_A(x)) * self.scaling


class Layer(nn.Module):
    def __init__(self, s, r, alpha):
        super().__init__()
        D, hd = s["hidden"], s["hidden"] // s["heads"]
        self.nh, self.nkv, self.hd = s["heads"], s["kv"], hd
        self.input_layernorm = RMSNorm(D, s["eps"])
        self.post_attention_layernorm = RMSNorm(D, s["eps"])
        lin = lambda i, o, b=False: LoraLinear(i, o, b, r, alpha)
        self.q_proj, self.k_proj = lin(D, s["heads"] * hd, s["qkv_bias"]), lin(D, s["kv"] * hd, s["qkv_bias"])
        self.v_proj, self.o_proj = lin(D, s["kv"] * hd, s["qkv_bias"]), lin(s["heads"] * hd, D)
        self.gate_proj, self.up_proj, self.down_proj = lin(D, s["inter"]), lin(D, s["inter"]), lin(s["inter"], D)

    def forward(self, h, cos, sin, bias):
        B, T, _ = h.shape
        x = self.input_layernorm(h)
        q = self.q_proj(x).view(B, T, self.nh, self.hd).transpose(1, 2)
        k = self.k_proj(x).view(B, T, self.nkv, self.hd).transpose(1, 2)
        v = self.v_proj(x).view(B, T, self.nkv, self.hd).transpose(1, 2)
        q = q * cos + rotate_half(q) * sin
        k = k * cos + rotate_half(k) * sin
        k, v = repeat_kv(k, self.nh // self.nkv), repeat_kv(v, self.nh // self.nkv)
        scores = (q @ k.transpose(2, 3)) * (self.hd**-0.5) + bias
        probs = torch.softmax(scores, dim=-1, dtype=torch.float32)
        a = (probs @ v).transpose(1, 2).reshape(B, T, self.nh * self.hd)
        h = h + self.o_proj(a)
        x = self.post_attention_layernorm(h)
        return h + self.down_proj(F.silu(self.gate_proj(x)) * self.up_proj(x))


class Model(nn.Module):
    def __init__(self, s, r=16, alpha=32, gradient_checkpointing=False):
        super().__init__()
        self.s = s
        self.embed_tokens = nn.Embedding(s["vocab"], s["hidden"])
        nn.init.normal_(self.embed_tokens.weight, std=0.02)
        self.embed_tokens.requires_grad_(False)
        self.layers = nn.ModuleList([Layer(s, r, alpha) for _ in range(s["layers"])])
        self.norm = RMSNorm(s["hidden"], s["eps"])
        hd = s["hidden"] // s["heads"]
        self.inv_freq = 1.0 / (s["theta"] ** (torch.arange(0, hd, 2, dtype=torch.int64).float() / hd))
        self.gc = gradient_checkpointing

    def forward(self, ids, labels):
        B, T = ids.shape
        freqs = torch.arange(T)[None, :, None].float() * self.inv_freq[None, None, :]
        emb = torch.cat((freqs, freqs), dim=-1)
        cos, sin = emb.cos()[:, None], emb.sin()[:, None]
        causal = torch.ones(T, T, dtype=torch.bool).tril()
        bias = torch.zeros(T, T).masked_fill(~causal, torch.finfo(torch.float32).min)[None, None]
        h = self.embed_tokens(ids)
        for layer in self.layers:
            if self.gc:
                h = checkpoint(layer, h, cos, sin, bias, use_reentrant=False)
            else:
                h = layer(h, cos, sin, bias)
        logits = self.norm(h) @ self.embed_tokens.weight.T  # tied lm_head
        logits = logits.float()
        return F.cross_entropy(logits[:, :-1].reshape(-1, logits.shape[-1]), labels[:, 1:].reshape(-1), ignore_index=-100)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--shape", default="tiny", choices=sorted(SHAPES))
    ap.add_argument("--batch", type=int, default=8)
    ap.add_argument("--seq", type=int, default=128)
    ap.add_argument("--steps", type=int, default=3)
    ap.add_argument("--threads", type=int, default=os.cpu_count())
    ap.add_argument("--gradient-checkpointing", action="store_true")
    ap.add_argument("--seed", type=int, default=1)
    args = ap.parse_args()
    torch.set_num_threads(args.threads)
    torch.manual_seed(args.seed)
    s = SHAPES[args.shape]
    t0 = time.perf_counter()
    model = Model(s, gradient_checkpointing=args.gradient_checkpointing)
    params = [p for p in model.parameters() if p.requires_grad]
    total = sum(p.numel() for p in model.parameters())
    print(f"torch {torch.__version__}, {torch.get_num_threads()} threads; model {args.shape} built in {time.perf_counter() - t0:.1f} s; "
          f"LoRA trains {sum(p.numel() for p in params):,} of {total:,} parameters")
    opt = torch.optim.AdamW(params, lr=1e-4, weight_decay=0.0)
    g = torch.Generator().manual_seed(args.seed)
    stamps, losses = [], []
    start = time.perf_counter()
    for step in range(args.steps + 1):
        ids = torch.randint(3, s["vocab"], (args.batch, args.seq), generator=g)
        loss = model(ids, ids)
        loss.backward()
        torch.nn.utils.clip_grad_norm_(params, 1.0)  # the SDK trainer's max_grad_norm default
        opt.step()
        opt.zero_grad(set_to_none=True)
        stamps.append(time.perf_counter())
        losses.append(loss.item())
        last = stamps[-1] - (stamps[-2] if len(stamps) > 1 else start)
        print(f"step {step + 1}/{args.steps + 1}{' (warm-up)' if step == 0 else ''}: {last:.2f} s, loss {loss.item():.4f}")
    sec = (stamps[-1] - stamps[0]) / args.steps
    result = {
        "shape": args.shape, "batch": args.batch, "seq": args.seq, "steps": args.steps,
        "tokens_per_s": round(args.batch * args.seq / sec, 1), "sec_per_step": round(sec, 3),
        "peak_rss_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024),
        "backend": f"torch {torch.__version__}", "threads": torch.get_num_threads(), "quantize": None,
        "gradient_checkpointing": args.gradient_checkpointing, "loss_first": losses[0], "loss_last": losses[-1],
    }
    os.makedirs("out/bench", exist_ok=True)
    path = f"out/bench/train-torch-{args.shape}.json"
    with open(path + f".tmp-{os.getpid()}", "w") as f:
        json.dump(result, f)
    os.replace(path + f".tmp-{os.getpid()}", path)
    print(json.dumps(result))


if __name__ == "__main__":
    main()
