#pragma once

// Two versions of a small shop schema for the apply tests: v2 drops a table and a column (high risk) and adds one.
inline const char* kShopV1 = R"(version: 1
warehouse: shop
entities:
  tables:
    - name: customer
      primary_key: [id]
      columns:
        - {name: id, type: INTEGER, nullable: false}
        - {name: name, type: VARCHAR(40), nullable: false}
        - {name: legacy_code, type: VARCHAR(10)}
    - name: old_orders
      primary_key: [id]
      columns:
        - {name: id, type: INTEGER, nullable: false}
        - {name: note, type: VARCHAR(100)}
)";

inline const char* kShopV2 = R"(version: 1
warehouse: shop
entities:
  tables:
    - name: customer
      primary_key: [id]
      columns:
        - {name: id, type: INTEGER, nullable: false}
        - {name: name, type: VARCHAR(40), nullable: false}
        - {name: email, type: VARCHAR(80)}
)";
