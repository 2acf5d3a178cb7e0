#pragma once

#include <string>
#include <string_view>

namespace ss {

// Lower-case ASCII letters and digits, each run of anything else folded to one underscore, none at either end:
// "Loan Risk (v2)" -> "loan_risk_v2". Empty when the text has no letter or digit.
std::string snakeCase(std::string_view text);

}  // namespace ss
