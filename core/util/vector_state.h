#pragma once

namespace ss {

// Clears the upper halves of the AVX registers of the calling thread (VZEROUPPER), where the processor has them.
// A new thread inherits them marked in use from the thread that created it; our code is built for plain SSE,
// and while they stay marked, every return from libm's AVX/FMA functions (exp, log) into SSE code costs the
// processor a state transition: one exp took 347 ns instead of 6.5 ns, and the exp of the lognormal columns was
// half the cost of generating the demo's rows. Called first by a thread that does a long stretch of math.
void clearUpperVectorState();

}  // namespace ss
