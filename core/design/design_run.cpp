#include "core/design/design_run.h"

namespace ss::design {

RunRecord designRun(const DesignResult& result, const std::string& prompt, const std::string& startedAt,
                    long long durationMs)
{
    RunRecord run;
    run.kind = "design";
    run.status = result.cancelled ? "cancelled" : result.ok ? "finished" : "failed";
    run.startedAt = startedAt;
    run.durationMs = durationMs;
    run.rows = static_cast<std::int64_t>(result.model.tables.size());
    if (result.llm.rounds > 0) {
        run.model = result.llm.model.empty() ? std::string("(unnamed)") : result.llm.model;
        run.tokensIn = result.llm.tokensIn;
        run.tokensOut = result.llm.tokensOut;
    }
    run.detail = result.source + (result.llm.rounds > 0 ? ", " + std::to_string(result.llm.rounds) + " round(s)" : "") +
                 ": " + prompt + (result.message.empty() ? "" : " — " + result.message);
    return run;
}

}  // namespace ss::design
