"""Golden fixture of the causal-LM loss for test/train/loss.test.ts (committed; CI never runs this).

Hugging Face `ForCausalLMLoss` written with torch: logits = hidden @ W^T (the tied / dense
lm_head), shift by one (position t predicts label t+1), cross-entropy in float32 with
ignore_index=-100 and mean reduction; autograd gives the gradients of the loss with respect to
the hidden states and to W. Two cases: a small vocabulary, and a wide one (5003 entries: rows
longer than 4096 and not a multiple of 8, which the vectorized native kernel must handle).

Writes test/fixtures/train/loss.safetensors:
  <case>.hidden [B, T, D], <case>.weight [V, D], <case>.labels [B, T] (float, -100 = ignored),
  <case>.loss [1], <case>.grad_hidden [B, T, D], <case>.grad_weight [V, D]

Run: /usr/bin/python3 scripts/reference/loss_ref.py
"""
import os
import sys

import torch
import torch.nn.functional as F

sys.path.insert(0, os.path.dirname(__file__))
from llama_ref import write_safetensors  # noqa: E402

OUT = os.path.join(os.path.dirname(__file__), "..", "..", "test", "fixtures", "train", "loss.safetensors")
CASES = {"small": dict(B=2, T=7, D=16, V=37), "wide": dict(B=2, T=9, D=8, V=5003)}


def case(name, B, T, D, V, gen):
    hidden = (torch.randn(B, T, D, generator=gen) * 2).requires_grad_()
    weight = (torch.randn(V, D, generator=gen) * 0.5).requires_grad_()
    labels = torch.randint(0, V, (B, T), generator=gen)
    # Prompt-style ignored positions, and one fully ignored tail, as SFT batches have.
    labels[0, :2] = -100
    labels[1, 3] = -100
    labels[1, -2:] = -100
    logits = (hidden @ weight.T).float()
    loss = F.cross_entropy(logits[:, :-1].reshape(-1, V), labels[:, 1:].reshape(-1), ignore_index=-100)
    loss.backward()
    return {
        f"{name}.hidden": (hidden.detach(), "F32"),
        f"{name}.weight": (weight.detach(), "F32"),
        f"{name}.labels": (labels.float(), "F32"),
        f"{name}.loss": (loss.detach().reshape(1), "F32"),
        f"{name}.grad_hidden": (hidden.grad, "F32"),
        f"{name}.grad_weight": (weight.grad, "F32"),
    }


def main():
    gen = torch.Generator().manual_seed(20240610)
    tensors = {}
    for name, dims in CASES.items():
        tensors.update(case(name, gen=gen, **dims))
    os.makedirs(os.path.dirname(OUT), exist_ok=True)
    write_safetensors(OUT, tensors, {"made_by": "scripts/reference/loss_ref.py", "torch": torch.__version__})
    print(f"wrote {OUT}")


if __name__ == "__main__":
    main()
