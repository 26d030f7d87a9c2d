// int4 weights × int8 activations for products of a few rows on x86-64 CPUs with AVX2, run in torch's own
// thread pool (at::parallel_for) and registered as torch.ops.desktop_vlm.int4_int8dot_mm.
//
// Why: torch's int4 kernel widens every weight to float and multiplies in float, which leaves it compute-bound
// below the memory's rate on a decode step (the step reads each weight once). Here each row of activations is
// rounded to int8 per int4 group, and 4-bit weights meet it in integer multiply-adds (vpmaddubsw: 32 byte
// products summed in pairs per instruction); one float multiply-add per group and row then applies the scale
// and zero point. The weights stay in the layout torch's int4 packer wrote, so prompts still dequantise them.
//
// The packed layout (torch's _convert_weight_to_int4pack_for_cpu): rows in blocks of 64 (AVX-512 build) or 32
// (AVX2), each block K byte rows of block/2 bytes; byte j of byte row k holds column k of the block's row j in
// its low nibble and of row block/2 + j in its high nibble. A weight is (q − 8) · scale + zero, with scale and
// zero bf16, side by side per (group, row) in a (K / group, rows, 2) tensor.

#include <ATen/ATen.h>
#include <ATen/Parallel.h>
#include <torch/library.h>

#include <immintrin.h>

#include <algorithm>
#include <cmath>
#include <cstring>
#include <vector>

namespace {

// bytes ahead of the weight bytes being read that are asked for: the loop computes long enough per byte that
// the hardware prefetcher alone leaves the memory idle between requests (18 against 15 GB/s, 2 cores)
constexpr int kPrefetchBytes = 1024;
// k per int16 accumulation: each vpmaddubsw lane is at most 2 · 15 · 127 = 3,810, and 8 of them still fit
constexpr int64_t kChunk = 32;

struct Activations {
  std::vector<int8_t> q;  // (M, K): x / step, rounded
  std::vector<float> step;  // (M, K / group): the int8 step of each group, max |x| / 127
  std::vector<float> sum;  // (M, K / group): each group's sum of x, for the zero points and the − 8
};

Activations quantize_rows(const float* x, int64_t rows, int64_t K, int64_t group) {
  Activations a{std::vector<int8_t>(rows * K), std::vector<float>(rows * (K / group)),
                std::vector<float>(rows * (K / group))};
  for (int64_t g = 0; g < rows * (K / group); ++g) {
    const float* v = x + g * group;
    float largest = 0.f, sum = 0.f;
    for (int64_t i = 0; i < group; ++i) {
      largest = std::max(largest, std::fabs(v[i]));
      sum += v[i];
    }
    const float step = largest / 127.f, inverse = step > 0.f ? 1.f / step : 0.f;
    for (int64_t i = 0; i < group; ++i) a.q[g * group + i] = static_cast<int8_t>(std::nearbyint(v[i] * inverse));
    a.step[g] = step;
    a.sum[g] = sum;
  }
  return a;
}

inline __m256i low_nibbles(__m256i v) { return _mm256_and_si256(v, _mm256_set1_epi8(0x0F)); }
inline __m256i high_nibbles(__m256i v) {
  return _mm256_and_si256(_mm256_srli_epi16(v, 4), _mm256_set1_epi8(0x0F));
}

// Four consecutive byte rows r0..r3 → four registers whose 32-bit lanes each hold one weight row's bytes of
// the four byte rows (lane l of register i: row 4i + l within each 128-bit half, 16 rows apart across halves).
inline void transpose4(__m256i r0, __m256i r1, __m256i r2, __m256i r3, __m256i t[4]) {
  const __m256i a = _mm256_unpacklo_epi8(r0, r1), b = _mm256_unpackhi_epi8(r0, r1);
  const __m256i c = _mm256_unpacklo_epi8(r2, r3), d = _mm256_unpackhi_epi8(r2, r3);
  t[0] = _mm256_unpacklo_epi16(a, c);
  t[1] = _mm256_unpackhi_epi16(a, c);
  t[2] = _mm256_unpacklo_epi16(b, d);
  t[3] = _mm256_unpackhi_epi16(b, d);
}

// Byte products summed in pairs into int16 lanes; widened to int32 lanes once per kChunk.
inline __m256i dot4(__m256i acc, __m256i w, __m256i x) { return _mm256_add_epi16(acc, _mm256_maddubs_epi16(w, x)); }
inline __m256i widen(__m256i acc) { return _mm256_madd_epi16(acc, _mm256_set1_epi16(1)); }

// Adds the four packed bytes' nibbles × activations into acc (low nibbles into acc[0..3], high into acc[4..7]).
inline void multiply_add(const __m256i t[4], __m256i x, __m256i acc[8]) {
  for (int i = 0; i < 4; ++i) {
    acc[i] = dot4(acc[i], low_nibbles(t[i]), x);
    acc[4 + i] = dot4(acc[4 + i], high_nibbles(t[i]), x);
  }
}

// Σ_k x_k · ((q − 8) · scale + zero) over a group = scale · (step · Σ xq·q − 8 Σx) + zero · Σx
inline __m256 apply_group(__m256 out, __m256i dot, __m256i scale_zero, float step, float sum) {
  const __m256 scale = _mm256_castsi256_ps(_mm256_slli_epi32(scale_zero, 16));  // bf16 → float: the high half
  const __m256 zero = _mm256_castsi256_ps(_mm256_and_si256(scale_zero, _mm256_set1_epi32(~0xFFFF)));
  const __m256 t = _mm256_fmsub_ps(_mm256_cvtepi32_ps(dot), _mm256_set1_ps(step), _mm256_set1_ps(8.f * sum));
  return _mm256_fmadd_ps(zero, _mm256_set1_ps(sum), _mm256_fmadd_ps(scale, t, out));
}

// One 64-row block (32 bytes a byte row), one activation row → out[64]. Registers read four byte rows at a
// time; register i's 8 lanes are rows 4(i%4) + 0..3 and 16 + 4(i%4) + 0..3, plus 32 for the high nibbles.
void block_of_64(const uint8_t* w, const int32_t* scale_zero, int64_t rows_total, int64_t K, int64_t group,
                 const int8_t* xq, const float* step, const float* sum, float* out) {
  __m256 result[8];
  for (auto& r : result) r = _mm256_setzero_ps();
  for (int64_t g = 0; g < K / group; ++g) {
    __m256i dot[8];
    for (auto& d : dot) d = _mm256_setzero_si256();
    for (int64_t chunk = g * group; chunk < (g + 1) * group; chunk += kChunk) {
      __m256i acc[8];
      for (auto& a : acc) a = _mm256_setzero_si256();
      for (int64_t k = chunk; k < chunk + kChunk; k += 4) {
        const uint8_t* p = w + k * 32;
        _mm_prefetch(reinterpret_cast<const char*>(p + kPrefetchBytes), _MM_HINT_T0);
        _mm_prefetch(reinterpret_cast<const char*>(p + kPrefetchBytes + 64), _MM_HINT_T0);
        __m256i t[4];
        transpose4(_mm256_loadu_si256(reinterpret_cast<const __m256i*>(p)),
                   _mm256_loadu_si256(reinterpret_cast<const __m256i*>(p + 32)),
                   _mm256_loadu_si256(reinterpret_cast<const __m256i*>(p + 64)),
                   _mm256_loadu_si256(reinterpret_cast<const __m256i*>(p + 96)), t);
        int32_t four;
        std::memcpy(&four, xq + k, 4);
        multiply_add(t, _mm256_set1_epi32(four), acc);
      }
      for (int i = 0; i < 8; ++i) dot[i] = _mm256_add_epi32(dot[i], widen(acc[i]));
    }
    const int32_t* sz = scale_zero + g * rows_total;
    for (int i = 0; i < 8; ++i) {
      const int row = 4 * (i % 4) + (i >= 4 ? 32 : 0);
      const __m256i pairs = _mm256_loadu2_m128i(reinterpret_cast<const __m128i*>(sz + row + 16),
                                                reinterpret_cast<const __m128i*>(sz + row));
      result[i] = apply_group(result[i], dot[i], pairs, step[g], sum[g]);
    }
  }
  for (int i = 0; i < 8; ++i) {
    const int row = 4 * (i % 4) + (i >= 4 ? 32 : 0);
    _mm_storeu_ps(out + row, _mm256_castps256_ps128(result[i]));
    _mm_storeu_ps(out + row + 16, _mm256_extractf128_ps(result[i], 1));
  }
}

// One 32-row block (16 bytes a byte row), one activation row → out[32]. A 32-byte load holds two consecutive
// byte rows, so after transpose4 the low half of a register holds a row's k, k+2, k+4, k+6 and the high half
// its k+1, k+3, k+5, k+7: `xo` holds the activations in that order (see spread_for_blocks_of_32), and the
// halves, the same rows, are added at each group's end.
void block_of_32(const uint8_t* w, const int32_t* scale_zero, int64_t rows_total, int64_t K, int64_t group,
                 const int8_t* xo, const float* step, const float* sum, float* out) {
  __m256 result[4];  // rows 0..7, 8..15, 16..23, 24..31
  for (auto& r : result) r = _mm256_setzero_ps();
  for (int64_t g = 0; g < K / group; ++g) {
    __m256i dot[8];
    for (auto& d : dot) d = _mm256_setzero_si256();
    for (int64_t chunk = g * group; chunk < (g + 1) * group; chunk += kChunk) {
      __m256i acc[8];
      for (auto& a : acc) a = _mm256_setzero_si256();
      for (int64_t k = chunk; k < chunk + kChunk; k += 8) {
        const uint8_t* p = w + k * 16;
        _mm_prefetch(reinterpret_cast<const char*>(p + kPrefetchBytes), _MM_HINT_T0);
        _mm_prefetch(reinterpret_cast<const char*>(p + kPrefetchBytes + 64), _MM_HINT_T0);
        __m256i t[4];
        transpose4(_mm256_loadu_si256(reinterpret_cast<const __m256i*>(p)),
                   _mm256_loadu_si256(reinterpret_cast<const __m256i*>(p + 32)),
                   _mm256_loadu_si256(reinterpret_cast<const __m256i*>(p + 64)),
                   _mm256_loadu_si256(reinterpret_cast<const __m256i*>(p + 96)), t);
        multiply_add(t, _mm256_loadu_si256(reinterpret_cast<const __m256i*>(xo + 4 * k)), acc);
      }
      for (int i = 0; i < 8; ++i) dot[i] = _mm256_add_epi32(dot[i], widen(acc[i]));
    }
    // register i's halves hold rows 4(i%4) + 0..3 (+16 for the high nibbles): add the halves, then join two
    // registers' four rows into eight consecutive ones
    const int32_t* sz = scale_zero + g * rows_total;
    for (int j = 0; j < 4; ++j) {
      const int first = 2 * (j % 2) + 4 * (j / 2);  // registers of rows 8(j%2) + 16(j/2) + 0..7
      const __m256i folded = _mm256_add_epi32(_mm256_permute2x128_si256(dot[first], dot[first + 1], 0x20),
                                              _mm256_permute2x128_si256(dot[first], dot[first + 1], 0x31));
      const __m256i pairs = _mm256_loadu_si256(reinterpret_cast<const __m256i*>(sz + 8 * j));
      result[j] = apply_group(result[j], folded, pairs, step[g], sum[g]);
    }
  }
  for (int j = 0; j < 4; ++j) _mm256_storeu_ps(out + 8 * j, result[j]);
}

// Activations for block_of_32, per 8 k: the even k's four bytes four times, then the odd k's four times.
std::vector<int8_t> spread_for_blocks_of_32(const std::vector<int8_t>& q) {
  std::vector<int8_t> spread(q.size() * 4);
  for (size_t k = 0; k < q.size(); k += 8)
    for (int copy = 0; copy < 4; ++copy)
      for (int i = 0; i < 4; ++i) {
        spread[4 * k + 4 * copy + i] = q[k + 2 * i];
        spread[4 * k + 16 + 4 * copy + i] = q[k + 2 * i + 1];
      }
  return spread;
}

at::Tensor int4_int8dot_mm(const at::Tensor& x, const at::Tensor& packed, const at::Tensor& scales_and_zeros,
                           int64_t group, int64_t out_features, int64_t block) {
  TORCH_CHECK(x.dim() == 2 && packed.dim() == 2 && scales_and_zeros.dim() == 3, "x (M, K), packed, scales");
  TORCH_CHECK(packed.scalar_type() == at::kByte && scales_and_zeros.scalar_type() == at::kBFloat16,
              "uint8 weights and bf16 scales");
  TORCH_CHECK(block == 32 || block == 64, "rows per packed block: 32 or 64");
  const int64_t M = x.size(0), K = x.size(1), rows_total = packed.size(0);
  TORCH_CHECK(packed.size(1) * 2 == K && rows_total % block == 0 && out_features <= rows_total, "packed shape");
  TORCH_CHECK(group % kChunk == 0 && K % group == 0, "group");
  TORCH_CHECK(scales_and_zeros.size(0) == K / group && scales_and_zeros.size(1) == rows_total &&
                  scales_and_zeros.size(2) == 2,
              "scales shape");
  const at::Tensor xf = x.to(at::kFloat).contiguous();
  const at::Tensor w = packed.contiguous(), sz = scales_and_zeros.contiguous();
  const Activations a = quantize_rows(xf.data_ptr<float>(), M, K, group);
  const std::vector<int8_t> spread = block == 32 ? spread_for_blocks_of_32(a.q) : std::vector<int8_t>();
  at::Tensor out = at::empty({M, out_features}, x.options().dtype(at::kFloat));
  float* o = out.data_ptr<float>();
  const uint8_t* weights = w.data_ptr<uint8_t>();
  const int32_t* pairs = reinterpret_cast<const int32_t*>(sz.data_ptr<at::BFloat16>());
  const int64_t groups = K / group;
  at::parallel_for(0, rows_total / block, 1, [&](int64_t first, int64_t last) {
    alignas(32) float rows[64];
    for (int64_t b = first; b < last; ++b) {
      const uint8_t* wb = weights + b * block * (K / 2);
      for (int64_t m = 0; m < M; ++m) {
        if (block == 64)
          block_of_64(wb, pairs + b * 64, rows_total, K, group, a.q.data() + m * K, a.step.data() + m * groups,
                      a.sum.data() + m * groups, rows);
        else
          block_of_32(wb, pairs + b * 32, rows_total, K, group, spread.data() + m * K * 4,
                      a.step.data() + m * groups, a.sum.data() + m * groups, rows);
        const int64_t start = b * block, count = std::min<int64_t>(block, out_features - start);
        if (count > 0) std::memcpy(o + m * out_features + start, rows, count * sizeof(float));
      }
    }
  });
  return out.to(x.scalar_type());
}

}  // namespace

TORCH_LIBRARY(desktop_vlm, m) {
  m.def("int4_int8dot_mm(Tensor x, Tensor packed, Tensor scales_and_zeros, int group, int out_features, "
        "int block) -> Tensor");
}

TORCH_LIBRARY_IMPL(desktop_vlm, CPU, m) { m.impl("int4_int8dot_mm", &int4_int8dot_mm); }
