#include "core/spec/rules/message_text.h"
#include "core/spec/rules/rule.h"

namespace ss::rules {

namespace {

bool needsNumbers(Aggregation a) { return a == Aggregation::Sum || a == Aggregation::Avg; }

void check(const SchemaIndex& schema, Findings& findings)
{
    for (const Table& t : schema.model().tables)
        for (const Column& c : t.columns) {
            if (!c.isMeasure() || c.type.isNumeric())
                continue;
            // min/max over a date (first or last payment) is a genuine semi-additive measure.
            const bool ordered = c.aggregation == Aggregation::Min || c.aggregation == Aggregation::Max;
            if (ordered && c.type.isTemporal())
                continue;
            const SourceLocation loc = locate(c.typeLoc, locate(c.loc, t.loc));
            const std::string message = "measure " + quoted(t.name + "." + c.name) + " is "
                + c.type.toString() + ", not a number";
            if (needsNumbers(c.aggregation))
                findings.report(loc, message + ", so " + toString(c.aggregation) + " cannot be computed",
                                "Give it a numeric type such as DECIMAL(18,2) or INTEGER.");
            else
                findings.report(Severity::Warning, loc, message,
                                "Measures are numbers; keep a descriptive value as an ordinary column (a degenerate "
                                "dimension) and count it in queries.");
        }
}

}  // namespace

const Rule kMeasureNotNumeric{"measure-not-numeric", Severity::Error,
                              "a measure that is not numeric (an error for sum and avg, a warning otherwise)", check};

}  // namespace ss::rules
