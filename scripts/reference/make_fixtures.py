"""Generate the golden parity fixtures under test/fixtures/models/ (committed; CI never runs this).

For every architecture (llama, mistral, qwen2, qwen3) and weight dtype (F32, F16, BF16) it
creates a random tiny checkpoint in Hugging Face format (config.json, generation_config.json,
model.safetensors or shards + model.safetensors.index.json), then runs the independent
PyTorch reference in llama_ref.py on the weights AS WRITTEN (re-read from disk, so F16/BF16
rounding is included) and stores:

  expected.safetensors   F32 log-probs  logprobs.<i>  [T_i, V]  for each sequence i
  expected.json          {"sequences": [[ids]...], "greedy": {"prompt", "tokens", "min_gap"}, "made_by"}

Variants spread over the matrix cover: MHA / GQA / MQA, tied and untied lm_head, Llama 3
rope_scaling, attention + MLP biases (llama), q/k/v biases (qwen2), per-head q/k RMSNorm with an
explicit head_dim (qwen3), sliding windows (mistral, qwen2 use_sliding_window), and sharded
checkpoints. Greedy prompts are re-drawn until every step's top-1/top-2 logit gap exceeds
0.01, so token-exact comparison is not decided by float noise.

Run:  /usr/bin/python3 scripts/reference/make_fixtures.py   (torch 1.13 + numpy; seconds)
"""
import json
import os
import shutil
import sys

import torch

sys.path.insert(0, os.path.dirname(__file__))
from llama_ref import RefModel, write_safetensors  # noqa: E402

ROOT = os.path.join(os.path.dirname(__file__), "..", "..", "test", "fixtures", "models")
VOCAB = 384
BASE = dict(vocab_size=VOCAB, hidden_size=32, intermediate_size=64, num_hidden_layers=2,
            num_attention_heads=4, num_key_value_heads=4, rms_norm_eps=1e-5, rope_theta=10000.0,
            max_position_embeddings=128, hidden_act="silu", tie_word_embeddings=False,
            bos_token_id=1, eos_token_id=2)

FIXTURES = [
    # name, dtype, config overrides, shards
    ("llama-f32", "F32", dict(model_type="llama", tie_word_embeddings=True), 1),
    ("llama-f16-llama3rope-bias-sharded", "F16", dict(
        model_type="llama", num_key_value_heads=2, attention_bias=True, mlp_bias=True, rope_theta=500.0,
        rope_scaling=dict(rope_type="llama3", factor=8.0, low_freq_factor=1.0, high_freq_factor=4.0,
                          original_max_position_embeddings=16)), 2),
    ("llama-bf16-gqa", "BF16", dict(model_type="llama", num_key_value_heads=2), 1),
    ("mistral-f32-sliding", "F32", dict(model_type="mistral", num_key_value_heads=2, sliding_window=4), 1),
    ("mistral-f16-tied", "F16", dict(model_type="mistral", sliding_window=None, tie_word_embeddings=True), 1),
    ("mistral-bf16-mqa", "BF16", dict(model_type="mistral", num_key_value_heads=1, sliding_window=4), 1),
    ("qwen2-f32-tied", "F32", dict(model_type="qwen2", num_key_value_heads=2, tie_word_embeddings=True,
                                    use_sliding_window=False, sliding_window=None), 1),
    ("qwen2-f16", "F16", dict(model_type="qwen2", num_key_value_heads=2, use_sliding_window=False), 1),
    ("qwen2-bf16-sliding", "BF16", dict(model_type="qwen2", num_key_value_heads=2, use_sliding_window=True,
                                         sliding_window=3, max_window_layers=1), 1),
    ("qwen3-f32-headdim", "F32", dict(model_type="qwen3", num_key_value_heads=2, head_dim=16), 1),
    ("qwen3-f16-tied", "F16", dict(model_type="qwen3", num_key_value_heads=2, head_dim=8, tie_word_embeddings=True), 1),
    ("qwen3-bf16-sharded", "BF16", dict(model_type="qwen3", num_key_value_heads=1, head_dim=16), 3),
]


def make_weights(cfg, gen):
    """Random weights with O(1) activations so log-probs are peaked (a uniform model would hide bugs)."""
    D, I, V = cfg["hidden_size"], cfg["intermediate_size"], cfg["vocab_size"]
    nh, nkv = cfg["num_attention_heads"], cfg["num_key_value_heads"]
    hd = cfg.get("head_dim") or D // nh
    mt = cfg["model_type"]
    qkv_bias = mt == "qwen2" or cfg.get("attention_bias", False)
    o_bias = mt != "qwen2" and cfg.get("attention_bias", False)
    mlp_bias = cfg.get("mlp_bias", False)

    def rn(*shape, scale=1.0):
        return torch.randn(*shape, generator=gen) * scale

    w = {"model.embed_tokens.weight": rn(V, D)}

    def lin(name, o, i, bias):
        w[name + ".weight"] = rn(o, i, scale=1.0 / i ** 0.5)
        if bias:
            w[name + ".bias"] = rn(o, scale=0.3)

    for l in range(cfg["num_hidden_layers"]):
        p = f"model.layers.{l}"
        w[f"{p}.input_layernorm.weight"] = 1 + rn(D, scale=0.2)
        w[f"{p}.post_attention_layernorm.weight"] = 1 + rn(D, scale=0.2)
        lin(f"{p}.self_attn.q_proj", nh * hd, D, qkv_bias)
        lin(f"{p}.self_attn.k_proj", nkv * hd, D, qkv_bias)
        lin(f"{p}.self_attn.v_proj", nkv * hd, D, qkv_bias)
        lin(f"{p}.self_attn.o_proj", D, nh * hd, o_bias)
        if mt == "qwen3":
            w[f"{p}.self_attn.q_norm.weight"] = 1 + rn(hd, scale=0.2)
            w[f"{p}.self_attn.k_norm.weight"] = 1 + rn(hd, scale=0.2)
        lin(f"{p}.mlp.gate_proj", I, D, mlp_bias)
        lin(f"{p}.mlp.up_proj", I, D, mlp_bias)
        lin(f"{p}.mlp.down_proj", D, I, mlp_bias)
    w["model.norm.weight"] = 1 + rn(D, scale=0.2)
    if not cfg["tie_word_embeddings"]:
        w["lm_head.weight"] = rn(V, D, scale=1.0 / D ** 0.5 * 3)
    return w


def write_checkpoint(folder, w, dtype, shards):
    names = sorted(w)
    if shards == 1:
        write_safetensors(os.path.join(folder, "model.safetensors"), {n: (w[n], dtype) for n in names}, {"format": "pt"})
        return
    weight_map, total = {}, 0
    for s in range(shards):
        fn = f"model-{s + 1:05d}-of-{shards:05d}.safetensors"
        part = names[s::shards]
        write_safetensors(os.path.join(folder, fn), {n: (w[n], dtype) for n in part}, {"format": "pt"})
        for n in part:
            weight_map[n] = fn
            total += w[n].numel() * (4 if dtype == "F32" else 2)
    with open(os.path.join(folder, "model.safetensors.index.json"), "w") as f:
        json.dump({"metadata": {"total_size": total}, "weight_map": weight_map}, f, indent=2)


def main():
    os.makedirs(ROOT, exist_ok=True)
    for k, (name, dtype, over, shards) in enumerate(FIXTURES):
        folder = os.path.join(ROOT, name)
        shutil.rmtree(folder, ignore_errors=True)
        os.makedirs(folder)
        cfg = dict(BASE, **over, torch_dtype={"F32": "float32", "F16": "float16", "BF16": "bfloat16"}[dtype])
        gen = torch.Generator().manual_seed(1000 + k)
        write_checkpoint(folder, make_weights(cfg, gen), dtype, shards)
        with open(os.path.join(folder, "config.json"), "w") as f:
            json.dump(cfg, f, indent=2)
        with open(os.path.join(folder, "generation_config.json"), "w") as f:
            json.dump({"bos_token_id": 1, "eos_token_id": 2, "do_sample": False}, f, indent=2)

        ref = RefModel.load(folder)  # re-read: the reference sees exactly the stored (rounded) weights
        seqs = [torch.randint(3, VOCAB, (n,), generator=gen).tolist() for n in (10, 7, 4)]
        expected = {}
        for i, s in enumerate(seqs):
            expected[f"logprobs.{i}"] = (ref.log_probs(torch.tensor([s]))[0], "F32")
        for attempt in range(50):
            prompt = torch.randint(3, VOCAB, (5,), generator=gen).tolist()
            tokens, gap = ref.greedy(prompt, 8)
            if gap > 0.01:
                break
        else:
            raise RuntimeError(f"{name}: no greedy prompt with a clear top-1 margin")
        write_safetensors(os.path.join(folder, "expected.safetensors"), expected)
        with open(os.path.join(folder, "expected.json"), "w") as f:
            json.dump({
                "sequences": seqs,
                "greedy": {"prompt": prompt, "tokens": tokens, "min_gap": round(gap, 4)},
                "made_by": "scripts/reference/make_fixtures.py (llama_ref.py, torch %s)" % torch.__version__,
            }, f, indent=2)
        print(f"{name}: {sum(t.numel() for t in ref.w.values())} params, greedy gap {gap:.3f}")


if __name__ == "__main__":
    main()
