"""Golden values of test/train/optimizer.test.ts (committed; CI never runs this).

torch.optim.AdamW(lr=0.01, betas=(0.9, 0.999), eps=1e-8, weight_decay=0.1) on a [2, 3] weight and
a [2] bias, three steps with fixed gradients, printing the parameters after each step, and
torch.nn.utils.clip_grad_norm_ on the test's gradients (pre-clip norm and clipped values).

Run: /usr/bin/python3 scripts/reference/adamw_ref.py   (prints the values pasted into the test)
"""
import json

import torch

GRADS = [
    {"w": [[0.1, -0.2, 0.3], [1.0, -2.0, 0.5]], "b": [0.3, -0.1]},
    {"w": [[-0.4, 0.1, 0.0], [0.2, 0.2, -0.5]], "b": [0.0, 0.7]},
    {"w": [[0.05, 0.05, -0.05], [3.0, -1.0, 0.25]], "b": [-0.2, 0.2]},
]


def adamw_steps():
    w = torch.tensor([[0.5, -1.0, 2.0], [0.1, 0.2, -0.3]], requires_grad=True)
    b = torch.tensor([0.05, -0.02], requires_grad=True)
    opt = torch.optim.AdamW([w, b], lr=0.01, betas=(0.9, 0.999), eps=1e-8, weight_decay=0.1)
    out = []
    for g in GRADS:
        w.grad = torch.tensor(g["w"])
        b.grad = torch.tensor(g["b"])
        opt.step()
        out.append({"w": w.detach().tolist(), "b": b.detach().tolist()})
    return out


def clip():
    a = torch.zeros(2, requires_grad=True)
    c = torch.zeros(1, requires_grad=True)
    a.grad = torch.tensor([3.0, 4.0])
    c.grad = torch.tensor([12.0])
    norm = torch.nn.utils.clip_grad_norm_([a, c], 1.0)
    return {"norm": float(norm), "a": a.grad.tolist(), "b": c.grad.tolist()}


if __name__ == "__main__":
    print("TORCH =", json.dumps(adamw_steps()))
    print("CLIP =", json.dumps(clip()))
