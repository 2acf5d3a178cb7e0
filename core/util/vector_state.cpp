#include "core/util/vector_state.h"

#if defined(__x86_64__)
#include <immintrin.h>
#endif

namespace ss {

#if defined(__x86_64__)

namespace {

__attribute__((target("avx"))) void zeroUpper() { _mm256_zeroupper(); }

}  // namespace

void clearUpperVectorState()
{
    static const bool avx = __builtin_cpu_supports("avx");
    if (avx)
        zeroUpper();
}

#else

void clearUpperVectorState() {}

#endif

}  // namespace ss
