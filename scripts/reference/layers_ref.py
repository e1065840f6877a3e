"""Golden fixtures for the LoRA/QLoRA layer tests (test/layers/**), written to test/fixtures/layers/.

Run: /usr/bin/python3 scripts/reference/layers_ref.py
Needs torch + numpy only (no bitsandbytes, no peft: both are re-implemented from their published
algorithms in layers_quant.py and below). Every tensor is stored as float32 in safetensors
(codes are small integers, exact in float32) so the TypeScript tests need only one reader.

Fixtures
- quant.safetensors: weight matrices, their int8 codes/row absmax/dequantized values, NF4 packed
  bytes/absmax/dequantized values, double-quantized NF4 (qabsmax, absmax2, offset) and the
  8-bit dynamic map.
- lora_layer.safetensors: one LoRA linear (PEFT semantics: y = x Wᵀ + b + (x Aᵀ Bᵀ) * scaling) with
  forward output and gradients of sum(y * g) w.r.t. A, B and x, for alpha/r and rsLoRA scaling,
  and the same over an NF4-dequantized base (QLoRA).
- lora_model.safetensors + peft-adapter/: the tiny llama test checkpoint
  (test/fixtures/models/llama-f32) with a LoRA adapter on all seven projections, saved exactly as
  PEFT saves one (adapter_config.json, adapter_model.safetensors with base_model.model.* names).
  Expected: logits with the adapter, the masked causal-LM loss (HF shift-by-one, -100 ignored,
  mean over response tokens) and its gradients w.r.t. every lora_A / lora_B; logits of the same
  adapter over NF4-dequantized (double-quant) decoder weights (QLoRA); base logits.
"""
import json
import math
import os
import struct
import sys

import torch

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from layers_quant import (  # noqa: E402
    DYNAMIC,
    dequantize_int8,
    dequantize_nf4,
    quantize_int8,
    quantize_nf4,
)

ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", ".."))
OUT = os.path.join(ROOT, "test", "fixtures", "layers")


def write_safetensors(path, tensors, metadata=None):
    """Minimal safetensors writer (F32 only), sorted keys, 8-byte aligned data."""
    header = {}
    if metadata:
        header["__metadata__"] = {k: str(v) for k, v in metadata.items()}
    blobs, offset = [], 0
    for name in sorted(tensors):
        t = tensors[name].detach().float().contiguous()
        b = t.numpy().astype("<f4").tobytes()
        header[name] = {"dtype": "F32", "shape": list(t.shape), "data_offsets": [offset, offset + len(b)]}
        blobs.append(b)
        offset += len(b)
    js = json.dumps(header, separators=(",", ":"))
    js += " " * ((8 - len(js.encode()) % 8) % 8)
    tmp = path + ".tmp"
    with open(tmp, "wb") as f:
        f.write(struct.pack("<Q", len(js.encode())))
        f.write(js.encode())
        for b in blobs:
            f.write(b)
    os.replace(tmp, path)


def quant_fixture():
    g = torch.Generator().manual_seed(1234)
    mats = {
        # A typical projection: normal(0, 0.02), size a multiple of 64.
        "w0": torch.randn(48, 64, generator=g) * 0.02,
        # Heavy outliers, 4000 values: the last NF4 block is short (32 values).
        "w1": torch.randn(40, 100, generator=g) * torch.where(torch.rand(40, 100, generator=g) < 0.02, 20.0, 1.0),
        # 63 values: an odd count exercises the padded last nibble; one all-zero row.
        "w2": torch.cat([torch.randn(6, 9, generator=g), torch.zeros(1, 9)]),
        # 20480 values = 320 NF4 blocks: two double-quant blocks of 256 (the second short).
        "w3": torch.randn(128, 160, generator=g) * 0.05,
    }
    out = {"dynamic_map": DYNAMIC}
    for name, w in mats.items():
        out[f"{name}.weight"] = w
        q, row = quantize_int8(w)
        out[f"{name}.int8.codes"] = q.float()
        out[f"{name}.int8.absmax"] = row
        out[f"{name}.int8.dequant"] = dequantize_int8(q, row)
        nf = quantize_nf4(w)
        out[f"{name}.nf4.packed"] = nf["packed"].float()
        out[f"{name}.nf4.absmax"] = nf["absmax"]
        out[f"{name}.nf4.dequant"] = dequantize_nf4(nf, list(w.shape))
        dq = quantize_nf4(w, double_quant=True)
        out[f"{name}.nf4dq.qabsmax"] = dq["qabsmax"].float()
        out[f"{name}.nf4dq.absmax2"] = dq["absmax2"]
        out[f"{name}.nf4dq.offset"] = dq["offset"]
        out[f"{name}.nf4dq.dequant"] = dequantize_nf4(dq, list(w.shape))
    write_safetensors(os.path.join(OUT, "quant.safetensors"), out, {"names": ",".join(mats)})


def kaiming_uniform_bound(fan_in):
    """nn.init.kaiming_uniform_(a=sqrt(5)): gain sqrt(2/(1+5)), bound = gain*sqrt(3/fan_in) = 1/sqrt(fan_in)."""
    return math.sqrt(2.0 / 6.0) * math.sqrt(3.0 / fan_in)


def lora_layer_fixture():
    g = torch.Generator().manual_seed(99)
    in_f, out_f, r, alpha = 24, 20, 4, 8
    w = torch.randn(out_f, in_f, generator=g) * 0.1
    bias = torch.randn(out_f, generator=g) * 0.1
    bound = kaiming_uniform_bound(in_f)
    a = (torch.rand(r, in_f, generator=g) * 2 - 1) * bound
    b = torch.randn(out_f, r, generator=g) * 0.1  # trained-looking B so the adapter is not a no-op
    x = torch.randn(2, 5, in_f, generator=g)
    gy = torch.randn(2, 5, out_f, generator=g)
    out = {"w": w, "bias": bias, "A": a, "B": b, "x": x, "gy": gy}
    w_nf4 = dequantize_nf4(quantize_nf4(w), [out_f, in_f])
    cases = {
        "plain": (w, alpha / r),
        "rslora": (w, alpha / math.sqrt(r)),
        "qlora": (w_nf4, alpha / r),
    }
    for name, (base, scaling) in cases.items():
        A = a.clone().requires_grad_(True)
        B = b.clone().requires_grad_(True)
        X = x.clone().requires_grad_(True)
        y = X @ base.t() + bias + (X @ A.t() @ B.t()) * scaling
        (y * gy).sum().backward()
        out[f"{name}.y"] = y.detach()
        out[f"{name}.gradA"] = A.grad
        out[f"{name}.gradB"] = B.grad
        out[f"{name}.gradX"] = X.grad
        out[f"{name}.merged"] = base + (b @ a) * scaling
    write_safetensors(
        os.path.join(OUT, "lora_layer.safetensors"),
        out,
        {"in": in_f, "out": out_f, "r": r, "alpha": alpha},
    )


TARGETS = ["q_proj", "k_proj", "v_proj", "o_proj", "gate_proj", "up_proj", "down_proj"]


def lora_model_fixture():
    from llama_ref import RefModel

    folder = os.path.join(ROOT, "test", "fixtures", "models", "llama-f32")
    r, alpha = 4, 8
    scaling = alpha / r
    base = RefModel.load(folder)
    g = torch.Generator().manual_seed(7)
    lora = {}
    for name in sorted(base.w):
        if not name.endswith(".weight") or name.split(".")[-2] not in TARGETS:
            continue
        path = name[: -len(".weight")]
        out_f, in_f = base.w[name].shape
        a = (torch.rand(r, in_f, generator=g) * 2 - 1) * kaiming_uniform_bound(in_f)
        b = torch.randn(out_f, r, generator=g) * 0.05
        lora[path] = (a.requires_grad_(True), b.requires_grad_(True))

    class LoraRef(RefModel):
        def __init__(self, cfg, w, adapters):
            super().__init__(cfg, w)
            self.adapters = adapters

        def lin(self, x, name):
            y = super().lin(x, name)
            if name in self.adapters:
                a, b = self.adapters[name]
                y = y + (x @ a.t() @ b.t()) * scaling
            return y

    forward = RefModel.forward.__wrapped__  # RefModel.forward is @torch.no_grad; we need gradients
    ids = torch.tensor([[1, 17, 45, 3, 99, 120, 7, 2], [1, 200, 31, 64, 2, 0, 0, 0]])
    mask = torch.tensor([[1, 1, 1, 1, 1, 1, 1, 1], [1, 1, 1, 1, 1, 0, 0, 0]])
    # Prompt = first 4 (row 0) / 3 (row 1) tokens; padding is ignored too.
    labels = ids.clone()
    labels[0, :4] = -100
    labels[1, :3] = -100
    labels[mask == 0] = -100
    model = LoraRef(base.cfg, base.w, lora)
    logits = forward(model, ids, mask)
    shift_logits = logits[:, :-1].reshape(-1, logits.shape[-1])
    shift_labels = labels[:, 1:].reshape(-1)
    loss = torch.nn.functional.cross_entropy(shift_logits, shift_labels, ignore_index=-100, reduction="mean")
    loss.backward()
    out = {
        "ids": ids.float(),
        "mask": mask.float(),
        "labels": labels.float(),
        "loss": loss.detach().reshape(1),
        "logits": logits.detach(),
        "base_logits": forward(RefModel(base.cfg, base.w), ids, mask).detach(),
    }
    for path, (a, b) in lora.items():
        out[f"grad.{path}.lora_A"] = a.grad
        out[f"grad.{path}.lora_B"] = b.grad
    # QLoRA: the same adapter over NF4 (double-quant) decoder projections; embeddings stay float.
    wq = dict(base.w)
    for name, t in base.w.items():
        if name.startswith("model.layers.") and name.endswith("_proj.weight"):
            wq[name] = dequantize_nf4(quantize_nf4(t, double_quant=True), list(t.shape))
    with torch.no_grad():
        out["qlora_logits"] = forward(LoraRef(base.cfg, wq, lora), ids, mask)
    write_safetensors(os.path.join(OUT, "lora_model.safetensors"), out, {"r": r, "alpha": alpha, "model": "llama-f32"})

    # The adapter as PEFT's save_pretrained writes it (PEFT 0.13 key set, keys sorted).
    adir = os.path.join(OUT, "peft-adapter")
    os.makedirs(adir, exist_ok=True)
    config = {
        "alpha_pattern": {},
        "auto_mapping": None,
        "base_model_name_or_path": "test/fixtures/models/llama-f32",
        "bias": "none",
        "fan_in_fan_out": False,
        "inference_mode": True,
        "init_lora_weights": True,
        "layer_replication": None,
        "layers_pattern": None,
        "layers_to_transform": None,
        "loftq_config": {},
        "lora_alpha": alpha,
        "lora_dropout": 0.05,
        "megatron_config": None,
        "megatron_core": "megatron.core",
        "modules_to_save": None,
        "peft_type": "LORA",
        "r": r,
        "rank_pattern": {},
        "revision": None,
        "target_modules": ["down_proj", "gate_proj", "k_proj", "o_proj", "q_proj", "up_proj", "v_proj"],
        "task_type": "CAUSAL_LM",
        "use_dora": False,
        "use_rslora": False,
    }
    with open(os.path.join(adir, "adapter_config.json"), "w") as f:
        json.dump(config, f, indent=2, sort_keys=True)
    tensors = {}
    for path, (a, b) in lora.items():
        tensors[f"base_model.model.{path}.lora_A.weight"] = a.detach()
        tensors[f"base_model.model.{path}.lora_B.weight"] = b.detach()
    write_safetensors(os.path.join(adir, "adapter_model.safetensors"), tensors, {"format": "pt"})


if __name__ == "__main__":
    os.makedirs(OUT, exist_ok=True)
    torch.set_num_threads(1)
    quant_fixture()
    lora_layer_fixture()
    lora_model_fixture()
    print(f"wrote fixtures to {os.path.relpath(OUT, ROOT)}")
