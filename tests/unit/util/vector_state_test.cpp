#include "core/util/vector_state.h"

#include <catch2/catch.hpp>

#if defined(__x86_64__)
#include <cpuid.h>
#include <immintrin.h>

namespace {

// Bit 2 of XINUSE (XGETBV with ECX = 1): the upper halves of the AVX registers are marked in use.
__attribute__((target("xsave"))) bool upperHalvesInUse() { return (_xgetbv(1) & 4) != 0; }

__attribute__((target("avx"))) void dirtyUpperHalves()
{
    // All ones (compare, predicate TRUE): a register of zeros may count as unused.
    __asm__ volatile("vcmpps $15, %%ymm1, %%ymm1, %%ymm1" ::: "xmm1");
}

// Whether the processor reports XINUSE (CPUID leaf 0Dh, sub-leaf 1, EAX bit 2) and has AVX.
bool canObserve()
{
    unsigned a = 0, b = 0, c = 0, d = 0;
    if (!__builtin_cpu_supports("avx") || !__get_cpuid_count(0xD, 1, &a, &b, &c, &d))
        return false;
    return (a & 4) != 0;
}

}  // namespace

TEST_CASE("clearUpperVectorState leaves the upper halves of the AVX registers unused", "[util]")
{
    if (canObserve())
        dirtyUpperHalves();
    // Some processors (and hypervisors) report XINUSE without tracking this bit: nothing to observe there.
    if (!canObserve() || !upperHalvesInUse()) {
        WARN("not checked: the processor does not report whether the upper halves of its AVX registers are in use");
        return;
    }
    ss::clearUpperVectorState();
    CHECK_FALSE(upperHalvesInUse());
}
#endif
