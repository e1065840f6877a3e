"""Independent PyTorch reference for Llama-family causal LMs (llama, mistral, qwen2, qwen3).

Written from the Hugging Face transformers modeling code (modeling_llama / mistral / qwen2 /
qwen3) without importing it: RMSNorm, RoPE with rotate_half (default, linear and llama3
scaling), grouped-query attention (repeat_kv), causal + padding + sliding-window masks,
SwiGLU MLP, tied or separate lm_head. Everything runs in float32; F16/BF16 weights are
upcast exactly as they are read.

It also holds a tiny safetensors reader/writer (the `safetensors` package is not installed).

Usage (as a library, see make_fixtures.py):
    model = RefModel.load("test/fixtures/models/llama-f32")
    logits = model.forward(torch.tensor([[1, 2, 3]]))          # [B, T, V]
    ids = model.greedy([1, 2, 3], max_new_tokens=8)            # full recompute each step, no cache
"""
import json
import math
import os
import struct

import numpy as np
import torch

DTYPE_BYTES = {"F32": 4, "F16": 2, "BF16": 2}


# ---------------------------------------------------------------- safetensors
def read_safetensors(path):
    """Return {name: float32 torch tensor} and the metadata dict."""
    with open(path, "rb") as f:
        (n,) = struct.unpack("<Q", f.read(8))
        header = json.loads(f.read(n).decode("utf-8"))
        data = f.read()
    meta = header.pop("__metadata__", {}) or {}
    out = {}
    for name, info in header.items():
        b, e = info["data_offsets"]
        raw = data[b:e]
        dt = info["dtype"]
        if dt == "F32":
            arr = np.frombuffer(raw, dtype="<f4").astype(np.float32)
        elif dt == "F16":
            arr = np.frombuffer(raw, dtype="<f2").astype(np.float32)
        elif dt == "BF16":
            arr = (np.frombuffer(raw, dtype="<u2").astype(np.uint32) << 16).view(np.float32)
        else:
            raise ValueError(f"{path}: tensor {name} has unsupported dtype {dt}")
        out[name] = torch.from_numpy(arr.copy()).reshape(info["shape"])
    return out, meta


def to_bytes(t, dtype):
    """Encode a float tensor as little-endian bytes of dtype (torch's round-to-nearest-even)."""
    if dtype == "F32":
        return t.to(torch.float32).contiguous().numpy().astype("<f4").tobytes()
    if dtype == "F16":
        return t.to(torch.float16).contiguous().numpy().astype("<f2").tobytes()
    if dtype == "BF16":
        return t.to(torch.bfloat16).contiguous().view(torch.int16).numpy().astype("<i2").tobytes()
    raise ValueError(dtype)


def write_safetensors(path, tensors, metadata=None):
    """tensors: {name: (torch tensor, dtype)}; writes a standard safetensors file."""
    header, chunks, off = {}, [], 0
    if metadata:
        header["__metadata__"] = metadata
    for name in sorted(tensors):
        t, dt = tensors[name]
        b = to_bytes(t, dt)
        header[name] = {"dtype": dt, "shape": list(t.shape), "data_offsets": [off, off + len(b)]}
        chunks.append(b)
        off += len(b)
    hj = json.dumps(header, separators=(",", ":")).encode("utf-8")
    hj += b" " * ((8 - len(hj) % 8) % 8)
    with open(path, "wb") as f:
        f.write(struct.pack("<Q", len(hj)))
        f.write(hj)
        for c in chunks:
            f.write(c)


def load_weights(folder):
    index = os.path.join(folder, "model.safetensors.index.json")
    if os.path.exists(index):
        with open(index) as f:
            files = sorted(set(json.load(f)["weight_map"].values()))
    else:
        files = ["model.safetensors"]
    w = {}
    for fn in files:
        part, _ = read_safetensors(os.path.join(folder, fn))
        w.update(part)
    return w


# ---------------------------------------------------------------- model
def rope_inv_freq(cfg, head_dim):
    base = cfg.get("rope_theta", 10000.0)
    inv = 1.0 / (base ** (torch.arange(0, head_dim, 2, dtype=torch.int64).float() / head_dim))
    rs = cfg.get("rope_scaling")
    kind = (rs or {}).get("rope_type", (rs or {}).get("type", "default"))
    if not rs or kind == "default":
        return inv
    if kind == "linear":
        return inv / rs["factor"]
    if kind == "llama3":  # transformers.modeling_rope_utils._compute_llama3_parameters
        factor, low, high = rs["factor"], rs["low_freq_factor"], rs["high_freq_factor"]
        old = rs["original_max_position_embeddings"]
        low_wl, high_wl = old / low, old / high
        wavelen = 2 * math.pi / inv
        inv_l = torch.where(wavelen > low_wl, inv / factor, inv)
        smooth = (old / wavelen - low) / (high - low)
        smoothed = (1 - smooth) * inv_l / factor + smooth * inv_l
        medium = ~(wavelen < high_wl) * ~(wavelen > low_wl)
        return torch.where(medium, smoothed, inv_l)
    raise ValueError(f"rope type {kind}")


def rms_norm(x, w, eps):
    var = x.pow(2).mean(-1, keepdim=True)
    return w * (x * torch.rsqrt(var + eps))


def rotate_half(x):
    x1 = x[..., : x.shape[-1] // 2]
    x2 = x[..., x.shape[-1] // 2 :]
    return torch.cat((-x2, x1), dim=-1)


def repeat_kv(h, n_rep):
    b, kvh, s, d = h.shape
    if n_rep == 1:
        return h
    return h[:, :, None, :, :].expand(b, kvh, n_rep, s, d).reshape(b, kvh * n_rep, s, d)


class RefModel:
    def __init__(self, cfg, w):
        self.cfg, self.w = cfg, w
        self.mt = cfg["model_type"]
        self.nh = cfg["num_attention_heads"]
        self.nkv = cfg.get("num_key_value_heads") or self.nh
        self.hd = cfg.get("head_dim") or cfg["hidden_size"] // self.nh
        self.eps = cfg.get("rms_norm_eps", 1e-6)
        self.inv_freq = rope_inv_freq(cfg, self.hd)
        self.tied = cfg.get("tie_word_embeddings", False)

    @staticmethod
    def load(folder):
        with open(os.path.join(folder, "config.json")) as f:
            cfg = json.load(f)
        return RefModel(cfg, load_weights(folder))

    def window(self, layer):
        sw = self.cfg.get("sliding_window")
        if sw is None:
            return None
        if self.mt == "mistral":
            return sw
        if self.mt in ("qwen2", "qwen3") and self.cfg.get("use_sliding_window", False):
            return sw if layer >= self.cfg.get("max_window_layers", 28) else None
        return None

    def lin(self, x, name):
        y = x @ self.w[name + ".weight"].T
        b = self.w.get(name + ".bias")
        return y + b if b is not None else y

    @torch.no_grad()
    def forward(self, ids, attention_mask=None):
        """ids: [B, T] long; attention_mask: [B, T] (1 keep, 0 pad). Returns float32 logits [B, T, V]."""
        cfg, w = self.cfg, self.w
        B, T = ids.shape
        if attention_mask is None:
            pos = torch.arange(T)[None, :].expand(B, T)
            keep = torch.ones(B, T, dtype=torch.bool)
        else:
            pos = attention_mask.long().cumsum(-1) - 1
            pos = pos.masked_fill(attention_mask == 0, 1)
            keep = attention_mask.bool()
        freqs = pos[:, :, None].float() * self.inv_freq[None, None, :]
        emb = torch.cat((freqs, freqs), dim=-1)
        cos, sin = emb.cos()[:, None], emb.sin()[:, None]  # [B, 1, T, hD]
        qi = torch.arange(T)[:, None]
        kj = torch.arange(T)[None, :]
        h = w["model.embed_tokens.weight"][ids]
        for l in range(cfg["num_hidden_layers"]):
            p = f"model.layers.{l}"
            allowed = (kj <= qi)[None, None] & keep[:, None, None, :]
            win = self.window(l)
            if win is not None:
                allowed = allowed & (qi - kj < win)[None, None]
            bias = torch.zeros(allowed.shape).masked_fill(~allowed, torch.finfo(torch.float32).min)
            x = rms_norm(h, w[f"{p}.input_layernorm.weight"], self.eps)
            q = self.lin(x, f"{p}.self_attn.q_proj").view(B, T, self.nh, self.hd)
            k = self.lin(x, f"{p}.self_attn.k_proj").view(B, T, self.nkv, self.hd)
            v = self.lin(x, f"{p}.self_attn.v_proj").view(B, T, self.nkv, self.hd)
            if self.mt == "qwen3":
                q = rms_norm(q, w[f"{p}.self_attn.q_norm.weight"], self.eps)
                k = rms_norm(k, w[f"{p}.self_attn.k_norm.weight"], self.eps)
            q, k, v = q.transpose(1, 2), k.transpose(1, 2), v.transpose(1, 2)
            q = q * cos + rotate_half(q) * sin
            k = k * cos + rotate_half(k) * sin
            k = repeat_kv(k, self.nh // self.nkv)
            v = repeat_kv(v, self.nh // self.nkv)
            scores = (q @ k.transpose(2, 3)) * (self.hd ** -0.5) + bias
            probs = torch.softmax(scores, dim=-1, dtype=torch.float32)
            a = (probs @ v).transpose(1, 2).reshape(B, T, self.nh * self.hd)
            h = h + self.lin(a, f"{p}.self_attn.o_proj")
            x = rms_norm(h, w[f"{p}.post_attention_layernorm.weight"], self.eps)
            g = self.lin(x, f"{p}.mlp.gate_proj")
            u = self.lin(x, f"{p}.mlp.up_proj")
            h = h + self.lin(torch.nn.functional.silu(g) * u, f"{p}.mlp.down_proj")
        h = rms_norm(h, w["model.norm.weight"], self.eps)
        head = w["model.embed_tokens.weight"] if self.tied else w["lm_head.weight"]
        return h @ head.T

    def log_probs(self, ids, attention_mask=None):
        return torch.log_softmax(self.forward(ids, attention_mask), dim=-1)

    def greedy(self, prompt, max_new_tokens):
        """Greedy continuation by full recomputation; returns (new ids, smallest top1-top2 logit gap)."""
        ids = list(prompt)
        gap = float("inf")
        for _ in range(max_new_tokens):
            logits = self.forward(torch.tensor([ids]))[0, -1]
            top = torch.topk(logits, 2).values
            gap = min(gap, float(top[0] - top[1]))
            ids.append(int(torch.argmax(logits)))
        return ids[len(prompt):], gap
