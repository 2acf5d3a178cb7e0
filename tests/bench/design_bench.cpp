// Offline drafts of 1,000 prompts (median and p99), beside the load + strict validation of each draft's YAML:
// the check every draft pays whatever designer made it.
#include "core/design/designer.h"
#include "core/spec/validator.h"
#include "core/spec/yaml_loader.h"

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <string>
#include <vector>

namespace {

// Words from many domains, combined by a fixed-seed generator into prompts of the shapes analysts write.
const std::vector<std::string> kSubjects = {
    "hospital admissions", "parcel deliveries", "flight delays", "library loans", "energy meter readings",
    "student enrolments", "call centre calls", "insurance claims", "vessel port calls", "crop harvests",
    "museum visits", "tax filings", "mobile data sessions", "hotel bookings", "vehicle inspections",
    "blood donations", "wildfire incidents", "court cases", "grant applications", "warehouse picks",
    "gym check-ins", "restaurant orders", "bus trips", "water quality samples", "software releases",
    "ticket sales", "mortgage applications", "parking citations", "election votes", "lab test results",
    "equipment failures", "donations", "subscriptions", "job applications", "podcast downloads",
    "pharmacy prescriptions", "train departures", "solar panel outputs", "customs declarations", "clinical trials"};
const std::vector<std::string> kDimensions = {
    "ward", "doctor", "driver", "route", "airport", "airline", "branch", "member", "meter", "region", "school",
    "course", "agent", "queue", "policy", "customer", "vessel", "port", "farm", "crop", "exhibit", "taxpayer",
    "device", "carrier", "hotel", "room type", "inspector", "station", "donor", "county", "judge", "court",
    "product", "warehouse", "store", "employee", "supplier", "patient", "channel", "campaign"};
const std::vector<std::string> kMeasures = {
    "amount", "cost", "duration", "distance", "weight", "revenue", "length of stay", "price", "volume",
    "quantity", "fee", "tonnage", "rating", "score", "margin", "discount", "tax", "energy used", "wait time",
    "count of items"};
const std::vector<std::string> kTimes = {"by day", "monthly", "per week", "by quarter", "per year", "by hour",
                                         "per pay period", "by month"};

struct Lcg {
    unsigned long long state = 20261205;
    std::size_t pick(std::size_t n)
    {
        state = state * 6364136223846793005ULL + 1442695040888963407ULL;
        return static_cast<std::size_t>((state >> 33) % n);
    }
};

std::vector<std::string> prompts(std::size_t count)
{
    Lcg random;
    std::vector<std::string> out;
    for (std::size_t i = 0; i < count; ++i) {
        const std::string& subject = kSubjects[random.pick(kSubjects.size())];
        const std::string& a = kDimensions[random.pick(kDimensions.size())];
        const std::string& b = kDimensions[random.pick(kDimensions.size())];
        const std::string& m1 = kMeasures[random.pick(kMeasures.size())];
        const std::string& m2 = kMeasures[random.pick(kMeasures.size())];
        const std::string& time = kTimes[random.pick(kTimes.size())];
        switch (i % 4) {
        case 0: out.push_back(subject + " by " + a + " and " + b + " " + time + " measuring " + m1 + " and " + m2); break;
        case 1: out.push_back("a star schema for " + subject + " per " + a + " with " + m1); break;
        case 2: out.push_back("track " + subject + " for each " + a + ", " + b + " and " + time + " counting " + m1); break;
        default: out.push_back("an app with " + a + "s, " + b + "s and " + subject); break;
        }
    }
    return out;
}

double percentile(std::vector<double> values, double p)
{
    std::sort(values.begin(), values.end());
    const std::size_t index = std::min(values.size() - 1, static_cast<std::size_t>(p / 100.0 * static_cast<double>(values.size())));
    return values[index];
}

}  // namespace

int main()
{
    using Clock = std::chrono::steady_clock;
    const std::vector<std::string> all = prompts(1000);
    ss::design::designOffline("warm up the vocabulary by day");
    std::vector<double> draftMs;
    std::vector<double> checkMs;
    std::size_t drafted = 0;
    std::size_t diagnostics = 0;
    for (const std::string& prompt : all) {
        const auto start = Clock::now();
        const ss::design::DesignResult r = ss::design::designOffline(prompt);
        draftMs.push_back(std::chrono::duration<double, std::milli>(Clock::now() - start).count());
        if (!r.ok)
            continue;
        ++drafted;
        const auto checkStart = Clock::now();
        ss::ValidationOptions strict;
        strict.strict = true;
        const ss::LoadResult loaded = ss::loadSchemaYaml(r.yaml);
        diagnostics += loaded.diagnostics.size() + ss::validate(loaded.model, strict).size();
        checkMs.push_back(std::chrono::duration<double, std::milli>(Clock::now() - checkStart).count());
    }
    std::printf("prompts: %zu, drafted: %zu, diagnostics in the drafts: %zu\n", all.size(), drafted, diagnostics);
    std::printf("offline draft: median %.2f ms, p99 %.2f ms, max %.2f ms (target p99 <= 20 ms)\n",
                percentile(draftMs, 50), percentile(draftMs, 99), percentile(draftMs, 100));
    std::printf("reference, load + strict validation of the same drafts: median %.2f ms, p99 %.2f ms\n",
                percentile(checkMs, 50), percentile(checkMs, 99));
    return drafted == 0 ? 1 : 0;
}
