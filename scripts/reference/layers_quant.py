"""Reference int8 / NF4 quantization with bitsandbytes semantics, written independently in PyTorch.

bitsandbytes is not installed here, so this re-implements the published algorithm of its
PyTorch-native ("default") backend (bitsandbytes/backends/default/ops.py, functional.py):

- int8 (LLM.int8 vector-wise): row_stats = max|W| per output row;
  codes = round_half_even(W * (127 / row_stats)); dequant = codes * row_stats * (1/127 as float32).
  A row of zeros has row_stats 0; bitsandbytes then computes 0 * inf = NaN, we define its codes as 0.
- NF4: flatten, blocks of 64, absmax per block, scaled = clamp(W * (1/absmax), -1, 1),
  code = bucketize(scaled, midpoints of the NF4 table) (a tie takes the lower code), two codes per
  byte (element 2k high nibble, 2k+1 low nibble), an odd count padded with scaled value 0.0.
  dequant = NF4[code] * absmax.
- Double quantization (compress_statistics): offset = mean(absmax), then
  quantize_blockwise(absmax - offset, dynamic 8-bit map, blocksize 256); absmax is recovered as
  dynamic[q] * absmax2[block] + offset. The mean is computed in float64 and rounded to float32 (the
  exactly rounded mean; bitsandbytes' float32 reduction can differ from it in the last bit).
"""
import torch

NF4 = torch.tensor(
    [
        -1.0, -0.6961928009986877, -0.5250730514526367, -0.39491748809814453, -0.28444138169288635,
        -0.18477343022823334, -0.09105003625154495, 0.0, 0.07958029955625534, 0.16093020141124725,
        0.24611230194568634, 0.33791524171829224, 0.44070982933044434, 0.5626170039176941,
        0.7229568362236023, 1.0,
    ],
    dtype=torch.float32,
)
INV127 = torch.tensor(7.874015718698502e-3, dtype=torch.float32)


def create_dynamic_map(signed=True, max_exponent_bits=7, total_bits=8):
    """bitsandbytes.functional.create_dynamic_map, unchanged."""
    data = []
    non_sign_bits = total_bits - 1
    additional_items = 2 ** (non_sign_bits - max_exponent_bits) - 1
    for i in range(max_exponent_bits):
        fraction_items = int(
            2 ** (i + non_sign_bits - max_exponent_bits) + 1
            if signed
            else 2 ** (i + non_sign_bits - max_exponent_bits + 1) + 1,
        )
        boundaries = torch.linspace(0.1, 1, fraction_items, dtype=torch.float32)
        means = (boundaries[:-1] + boundaries[1:]) / 2.0
        data += ((10 ** (-(max_exponent_bits - 1) + i)) * means).tolist()
        if signed:
            data += (-(10 ** (-(max_exponent_bits - 1) + i)) * means).tolist()
    if additional_items > 0:
        boundaries = torch.linspace(0.1, 1, additional_items + 1, dtype=torch.float32)
        means = (boundaries[:-1] + boundaries[1:]) / 2.0
        data += ((10 ** (-(max_exponent_bits - 1) + i)) * means).tolist()
        if signed:
            data += (-(10 ** (-(max_exponent_bits - 1) + i)) * means).tolist()
    data.append(0)
    data.append(1.0)
    assert len(data) == 2**total_bits
    for _ in range(256 - len(data)):
        data.append(0)
    data.sort()
    return torch.tensor(data, dtype=torch.float32)


DYNAMIC = create_dynamic_map()


def quantize_blockwise(a, code, blocksize):
    """Flat block-wise absmax quantization against a sorted code book -> (codes uint8, absmax)."""
    flat = a.reshape(-1).float()
    n = flat.numel()
    codes, absmax = [], []
    bounds = (code[:-1] + code[1:]) / 2
    for start in range(0, n, blocksize):
        blk = flat[start : start + blocksize]
        am = blk.abs().max()
        scaled = torch.clamp(blk * (1.0 / am.clamp(min=1e-38)), -1, 1)
        codes.append(torch.bucketize(scaled, bounds, out_int32=True).to(torch.uint8))
        absmax.append(am.reshape(1))
    return torch.cat(codes), torch.cat(absmax)


def dequantize_blockwise(codes, absmax, code, blocksize):
    vals = code[codes.long()]
    idx = torch.arange(codes.numel()) // blocksize
    return vals * absmax[idx]


def quantize_int8(w):
    row = w.abs().max(dim=1).values.float()
    safe = torch.where(row > 0, row, torch.ones_like(row))
    q = torch.round(w * (127.0 / safe).unsqueeze(-1)).to(torch.int8)
    q[row == 0] = 0
    return q, row


def dequantize_int8(q, row):
    return q.float() * row.view(-1, 1) * INV127


def quantize_nf4(w, blocksize=64, double_quant=False):
    codes, absmax = quantize_blockwise(w, NF4, blocksize)
    padded = codes
    if codes.numel() % 2:
        pad = torch.bucketize(torch.zeros(1), (NF4[:-1] + NF4[1:]) / 2, out_int32=True).to(torch.uint8)
        padded = torch.cat([codes, pad])
    packed = (padded[::2] << 4) | padded[1::2]
    out = {"packed": packed, "absmax": absmax, "codes": codes}
    if double_quant:
        offset = absmax.double().mean().float()
        q2, absmax2 = quantize_blockwise(absmax - offset, DYNAMIC, 256)
        out.update({"qabsmax": q2, "absmax2": absmax2, "offset": offset.reshape(1)})
    return out


def dequantize_nf4(q, shape, blocksize=64):
    n = 1
    for d in shape:
        n *= d
    packed = q["packed"]
    codes = torch.empty(packed.numel() * 2, dtype=torch.uint8)
    codes[::2] = packed >> 4
    codes[1::2] = packed & 0xF
    codes = codes[:n]
    if "qabsmax" in q:
        absmax = dequantize_blockwise(q["qabsmax"], q["absmax2"], DYNAMIC, 256) + q["offset"]
    else:
        absmax = q["absmax"]
    return dequantize_blockwise(codes, absmax, NF4, blocksize).reshape(shape)
