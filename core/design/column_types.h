#pragma once

#include "core/spec/data_type.h"

#include <string>

namespace ss::design {

// The type a column's name implies: user_id INTEGER only when it names the table's own key elsewhere,
// here the conventions an analyst reads at a glance (…_date DATE, …_at TIMESTAMP, is_… BOOLEAN,
// …_amount DECIMAL(18,2), …_count INTEGER, email VARCHAR(255), country_code CHAR(2)).
DataType typeForColumn(const std::string& name);

}  // namespace ss::design
