/*
 * Products with int8 / NF4 weights that are dequantized tile by tile inside the kernel, so the
 * float32 weight never exists in full: a tile of rows of W [out, in] is expanded into a scratch
 * buffer (about 4 MiB) and multiplied with sgemm before the next tile is expanded.
 *   forward:  y [N, out] = x [N, in] W^T
 *   backward: dx [N, in] = dy [N, out] W        (base weights are frozen: no weight gradient)
 * Dequantization repeats the JavaScript layers' arithmetic exactly (sdk/model/quant):
 *   int8: w = float(float(code * absmax_row) * (1/127))
 *   NF4:  w = float(NF4[code] * absmax_block), with double quantization
 *         absmax_block = float(float(DYN[qcode] * absmax2[block / 256]) + offset)
 */
#include <math.h>
#include <stdlib.h>

#include "blas.h"
#include "kernels.h"
#include "pool.h"

#define TILE_FLOATS (1 << 20)
#define DQ_BLOCK 256

typedef struct {
  int nf4;
  int64_t out, in, blocksize;
  const int8_t *codes8;      /* int8: [out * in] */
  const uint8_t *packed;     /* NF4: two codes per byte, element 2k in the high nibble */
  const float *stats;        /* int8: absmax per row; NF4: absmax per block, or absmax2 per 256 blocks */
  const uint8_t *dq_codes;   /* NF4 double quantization: one 8-bit code per block, else NULL */
  float dq_offset;
  const float *dyn, *nf4_code;
  float *tile;
  int64_t r0;
} QJob;

static const float INV127 = 7.874015718698502e-3f;

static inline float block_absmax(const QJob *q, int64_t block) {
  if (!q->dq_codes) return q->stats[block];
  return (float)(q->dyn[q->dq_codes[block]] * q->stats[block / DQ_BLOCK]) + q->dq_offset;
}

/* Dequantize rows [r0 + begin, r0 + end) of W into the tile. */
static void dequant_rows(void *ctx, int64_t begin, int64_t end) {
  const QJob *q = ctx;
  int64_t in = q->in;
  for (int64_t rr = begin; rr < end; rr++) {
    int64_t r = q->r0 + rr;
    float *dst = q->tile + rr * in;
    if (!q->nf4) {
      const int8_t *c = q->codes8 + r * in;
      float am = q->stats[r];
      for (int64_t k = 0; k < in; k++) dst[k] = (float)(c[k] * am) * INV127;
      continue;
    }
    int64_t i = r * in, stop = i + in;
    while (i < stop) {
      int64_t block = i / q->blocksize, block_end = (block + 1) * q->blocksize;
      if (block_end > stop) block_end = stop;
      float am = block_absmax(q, block);
      for (; i < block_end; i++) {
        uint8_t byte = q->packed[i >> 1];
        dst[i - r * in] = q->nf4_code[(i & 1) ? (byte & 15) : (byte >> 4)] * am;
      }
    }
  }
}

/*
 * quantMatmul(mode, x, y, n, out, in, kind, codes, stats, dqCodes, dqOffset, blocksize, nf4Code, dyn)
 *   mode 0: y [n, out] = x [n, in] W^T;  mode 1: y [n, in] = x [n, out] W
 *   kind 0: int8 (codes Int8Array, stats absmax per row); 1: NF4 (codes packed Uint8Array)
 *   dqCodes: Uint8Array of per-block codes with double quantization, or an empty one without
 */
static napi_value js_quant_matmul(napi_env env, napi_callback_info info) {
  Args a;
  if (!args_init(&a, env, info, "quantMatmul", 14)) return args_failed(&a), NULL;
  int64_t mode = arg_i64(&a, 0), n = arg_i64(&a, 3), out = arg_i64(&a, 4), in = arg_i64(&a, 5), kind = arg_i64(&a, 6);
  int64_t blocksize = arg_i64(&a, 11);
  if (mode != 0 && mode != 1) args_fail(&a, "mode must be 0 (forward) or 1 (input gradient)");
  if (kind != 0 && kind != 1) args_fail(&a, "kind must be 0 (int8) or 1 (nf4)");
  if (kind == 1 && blocksize < 1) args_fail(&a, "blocksize must be positive");
  const float *x = arg_f32(&a, 1, n * (mode == 0 ? in : out));
  float *y = arg_f32(&a, 2, n * (mode == 0 ? out : in));
  int64_t elems = out * in, blocks = kind == 1 && blocksize > 0 ? (elems + blocksize - 1) / blocksize : 0;
  QJob q = {.nf4 = kind == 1, .out = out, .in = in, .blocksize = blocksize};
  if (kind == 0) {
    q.codes8 = (const int8_t *)arg_u8(&a, 7, elems);
    q.stats = arg_f32(&a, 8, out);
  } else {
    q.packed = arg_u8(&a, 7, (elems + 1) / 2);
    bool dq = false;
    napi_value len_v;
    uint32_t dq_len = 0;
    if (!a.failed && napi_get_named_property(env, a.argv[9], "length", &len_v) == napi_ok) napi_get_value_uint32(env, len_v, &dq_len);
    dq = dq_len > 0;
    q.dq_codes = dq ? arg_u8(&a, 9, blocks) : NULL;
    q.stats = arg_f32(&a, 8, dq ? (blocks + DQ_BLOCK - 1) / DQ_BLOCK : blocks);
    q.dq_offset = (float)arg_f64(&a, 10);
    q.nf4_code = arg_f32(&a, 12, 16);
    q.dyn = arg_f32(&a, 13, dq ? 256 : 0);
    /* Code bytes index the tables: a double-quant code indexes DYN (256 entries), always in range. */
  }
  if (args_failed(&a) || n == 0 || out == 0 || in == 0) return NULL;
  int64_t tile_rows = TILE_FLOATS / in;
  if (tile_rows < 1) tile_rows = 1;
  if (tile_rows > out) tile_rows = out;
  q.tile = malloc((size_t)(tile_rows * in) * sizeof(float));
  if (!q.tile) return napi_throw_error(env, NULL, "medtune native quantMatmul: out of memory for a weight tile"), NULL;
  for (int64_t r0 = 0; r0 < out; r0 += tile_rows) {
    int64_t rows = out - r0 < tile_rows ? out - r0 : tile_rows;
    q.r0 = r0;
    pool_run(dequant_rows, &q, rows, 4);
    if (mode == 0) {
      /* y[:, r0:r0+rows] = x tile^T */
      cblas_sgemm(CBLAS_ROW_MAJOR, CBLAS_NO_TRANS, CBLAS_TRANS, (int)n, (int)rows, (int)in, 1.0f, x, (int)in, q.tile,
                  (int)in, 0.0f, y + r0, (int)out);
    } else {
      /* y += x[:, r0:r0+rows] tile */
      cblas_sgemm(CBLAS_ROW_MAJOR, CBLAS_NO_TRANS, CBLAS_NO_TRANS, (int)n, (int)in, (int)rows, 1.0f, x + r0, (int)out,
                  q.tile, (int)in, r0 == 0 ? 0.0f : 1.0f, y, (int)in);
    }
  }
  free(q.tile);
  return NULL;
}

/* dequantize(y, out, in, kind, codes, stats, dqCodes, dqOffset, blocksize, nf4Code, dyn): the full W, for tests */
static napi_value js_dequantize(napi_env env, napi_callback_info info) {
  Args a;
  if (!args_init(&a, env, info, "dequantize", 11)) return args_failed(&a), NULL;
  int64_t out = arg_i64(&a, 1), in = arg_i64(&a, 2), kind = arg_i64(&a, 3), blocksize = arg_i64(&a, 8);
  int64_t elems = out * in, blocks = kind == 1 && blocksize > 0 ? (elems + blocksize - 1) / blocksize : 0;
  float *y = arg_f32(&a, 0, elems);
  QJob q = {.nf4 = kind == 1, .out = out, .in = in, .blocksize = blocksize, .tile = y, .r0 = 0};
  if (kind != 0 && kind != 1) args_fail(&a, "kind must be 0 (int8) or 1 (nf4)");
  if (kind == 1 && blocksize < 1) args_fail(&a, "blocksize must be positive");
  if (kind == 0) {
    q.codes8 = (const int8_t *)arg_u8(&a, 4, elems);
    q.stats = arg_f32(&a, 5, out);
  } else {
    q.packed = arg_u8(&a, 4, (elems + 1) / 2);
    napi_value len_v;
    uint32_t dq_len = 0;
    if (!a.failed && napi_get_named_property(env, a.argv[6], "length", &len_v) == napi_ok) napi_get_value_uint32(env, len_v, &dq_len);
    q.dq_codes = dq_len > 0 ? arg_u8(&a, 6, blocks) : NULL;
    q.stats = arg_f32(&a, 5, dq_len > 0 ? (blocks + DQ_BLOCK - 1) / DQ_BLOCK : blocks);
    q.dq_offset = (float)arg_f64(&a, 7);
    q.nf4_code = arg_f32(&a, 9, 16);
    q.dyn = arg_f32(&a, 10, dq_len > 0 ? 256 : 0);
  }
  if (args_failed(&a)) return NULL;
  pool_run(dequant_rows, &q, out, 4);
  return NULL;
}

/*
 * Quantization itself, the arithmetic of sdk/model/quant/codebook.ts and int8.ts (float32 products
 * and quotients are exactly the JavaScript fround() results; rounding is half to even):
 *   blockwise: absmax per block, s = clamp(v * (1 / max(absmax, 1e-38)), -1, 1),
 *              code = number of bounds (code-table midpoints) strictly below s
 *   int8 rows: absmax per row, code = round_half_even(v * (127 / absmax)), 0 for an all-zero row
 */
typedef struct {
  const float *values, *bounds;
  int64_t n, blocksize, nbounds;
  uint8_t *codes;
  float *absmax;
} BlockJob;

static void quantize_blocks(void *ctx, int64_t begin, int64_t end) {
  const BlockJob *j = ctx;
  for (int64_t b = begin; b < end; b++) {
    int64_t start = b * j->blocksize, stop = start + j->blocksize < j->n ? start + j->blocksize : j->n;
    float am = 0.0f;
    for (int64_t i = start; i < stop; i++) {
      float a = fabsf(j->values[i]);
      if (a > am) am = a;
    }
    j->absmax[b] = am;
    float inv = 1.0f / (am > 1e-38f ? am : 1e-38f);
    for (int64_t i = start; i < stop; i++) {
      float v = j->values[i] * inv;
      v = v < -1.0f ? -1.0f : v > 1.0f ? 1.0f : v;
      /* branch-free lower bound (the bounds are sorted): how many are strictly below v */
      const float *base = j->bounds;
      int64_t len = j->nbounds;
      while (len > 1) {
        int64_t half = len / 2;
        base = base[half] < v ? base + half : base;
        len -= half;
      }
      j->codes[i] = (uint8_t)((base - j->bounds) + (*base < v));
    }
  }
}

/* quantizeBlockwise(values, bounds, blocksize, codes, absmax) */
static napi_value js_quantize_blockwise(napi_env env, napi_callback_info info) {
  Args a;
  if (!args_init(&a, env, info, "quantizeBlockwise", 5)) return args_failed(&a), NULL;
  napi_value len_v;
  uint32_t n = 0, nb = 0;
  if (!a.failed && napi_get_named_property(env, a.argv[0], "length", &len_v) == napi_ok) napi_get_value_uint32(env, len_v, &n);
  if (!a.failed && napi_get_named_property(env, a.argv[1], "length", &len_v) == napi_ok) napi_get_value_uint32(env, len_v, &nb);
  int64_t blocksize = arg_i64(&a, 2);
  if (blocksize < 1) args_fail(&a, "blocksize must be positive");
  int64_t blocks = blocksize > 0 ? ((int64_t)n + blocksize - 1) / blocksize : 0;
  BlockJob j = {.values = arg_f32(&a, 0, n), .bounds = arg_f32(&a, 1, nb), .n = n, .blocksize = blocksize, .nbounds = nb,
                .codes = arg_u8(&a, 3, n), .absmax = arg_f32(&a, 4, blocks)};
  if (nb < 1 || nb > 255) args_fail(&a, "a code table has 2 to 256 entries");
  if (args_failed(&a)) return NULL;
  pool_run(quantize_blocks, &j, blocks, 16);
  return NULL;
}

typedef struct {
  const float *w;
  int64_t in;
  int8_t *codes;
  float *absmax;
} RowJob;

static void quantize_rows(void *ctx, int64_t begin, int64_t end) {
  const RowJob *j = ctx;
  for (int64_t r = begin; r < end; r++) {
    const float *w = j->w + r * j->in;
    int8_t *c = j->codes + r * j->in;
    float am = 0.0f;
    for (int64_t k = 0; k < j->in; k++) am = fabsf(w[k]) > am ? fabsf(w[k]) : am;
    j->absmax[r] = am;
    if (am == 0.0f) {
      for (int64_t k = 0; k < j->in; k++) c[k] = 0;
      continue;
    }
    float scale = 127.0f / am;
    for (int64_t k = 0; k < j->in; k++) c[k] = (int8_t)nearbyintf(w[k] * scale);
  }
}

/* quantizeInt8(weight, out, in, codes, absmax) */
static napi_value js_quantize_int8(napi_env env, napi_callback_info info) {
  Args a;
  if (!args_init(&a, env, info, "quantizeInt8", 5)) return args_failed(&a), NULL;
  int64_t out = arg_i64(&a, 1), in = arg_i64(&a, 2);
  RowJob j = {.w = arg_f32(&a, 0, out * in), .in = in, .codes = (int8_t *)arg_u8(&a, 3, out * in), .absmax = arg_f32(&a, 4, out)};
  if (args_failed(&a)) return NULL;
  pool_run(quantize_rows, &j, out, 4);
  return NULL;
}

void register_quant(napi_env env, napi_value exports) {
  export_fn(env, exports, "quantMatmul", js_quant_matmul);
  export_fn(env, exports, "dequantize", js_dequantize);
  export_fn(env, exports, "quantizeBlockwise", js_quantize_blockwise);
  export_fn(env, exports, "quantizeInt8", js_quantize_int8);
}
