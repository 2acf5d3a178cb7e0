// The binary COPY encoder against a real PostgreSQL: rows encoded by appendBinaryRows go in through
// COPY ... (FORMAT binary) and come back as the server's own text for each type.
#include "support/native_client.h"
#include "support/scratch_database.h"
#include "support/seed_load_support.h"

#include "core/db/native_handle.h"
#include "core/seed/civil_time.h"
#include "core/seed/load/postgres_binary_copy.h"

#include <libpq-fe.h>

#include <limits>

using namespace seedload;
using ss::seed::BinaryColumnType;

namespace {

ss::seed::ColumnBuffer buffer(ss::seed::ValueKind kind, int scale = 0, bool withTimeZone = false)
{
    ss::seed::ColumnBuffer column;
    column.shape.kind = kind;
    column.shape.scale = scale;
    column.shape.withTimeZone = withTimeZone;
    column.reset(4);
    return column;
}

}  // namespace

TEST_CASE("binary COPY: every type we encode reads back as PostgreSQL's own text of the value", "[seed][load]")
{
    ScratchDatabase scratch(ss::Dialect::PostgreSql, "bincopy");
    INFO(scratch.error().toStdString());
    REQUIRE(scratch.error().isEmpty());
    ss::DatabaseConnection connection;
    REQUIRE(ss::openDatabase(connection, scratchDatabaseUrl(scratch)).empty());
    QSqlQuery create(connection.db());
    REQUIRE(create.exec("CREATE TABLE t (i2 SMALLINT, i4 INTEGER, i8 BIGINT, n NUMERIC(30,6), n0 NUMERIC(20,0), f4 REAL, f8 DOUBLE PRECISION, "
                        "b BOOLEAN, d DATE, tm TIME, ts TIMESTAMP, tz TIMESTAMPTZ, tx TEXT, vc VARCHAR(10), ch CHAR(4), by BYTEA)"));

    const std::vector<BinaryColumnType> types = {BinaryColumnType::Int2, BinaryColumnType::Int4,   BinaryColumnType::Int8,
                                                 BinaryColumnType::Numeric, BinaryColumnType::Numeric, BinaryColumnType::Float4,
                                                 BinaryColumnType::Float8, BinaryColumnType::Bool, BinaryColumnType::Date,
                                                 BinaryColumnType::Time, BinaryColumnType::Timestamp, BinaryColumnType::TimestampTz,
                                                 BinaryColumnType::Text, BinaryColumnType::Text, BinaryColumnType::Text,
                                                 BinaryColumnType::Bytea};
    ss::seed::RowBatch batch;
    batch.columns = {buffer(ss::seed::ValueKind::Integer), buffer(ss::seed::ValueKind::Integer), buffer(ss::seed::ValueKind::Integer),
                     buffer(ss::seed::ValueKind::Decimal, 6), buffer(ss::seed::ValueKind::Decimal, 0), buffer(ss::seed::ValueKind::Real),
                     buffer(ss::seed::ValueKind::Real), buffer(ss::seed::ValueKind::Boolean), buffer(ss::seed::ValueKind::Date),
                     buffer(ss::seed::ValueKind::Time), buffer(ss::seed::ValueKind::Timestamp),
                     buffer(ss::seed::ValueKind::Timestamp, 0, true), buffer(ss::seed::ValueKind::Text), buffer(ss::seed::ValueKind::Text),
                     buffer(ss::seed::ValueKind::Text), buffer(ss::seed::ValueKind::Blob)};
    struct Row {
        std::int64_t i2, i4, i8, n, n0;
        double f4, f8;
        bool b;
        const char *d, *tm, *ts, *tx, *vc, *ch, *by;
    };
    const Row rows[] = {
        {-32768, std::numeric_limits<std::int32_t>::max(), std::numeric_limits<std::int64_t>::min(), 123456789, 10000, 1.5, -2.25, true,
         "2024-02-29", "08:30:15", "1999-12-31 23:59:59", "plain", "ten chars!", "ab", "\x01\xff"},
        {0, -1, std::numeric_limits<std::int64_t>::max(), -5, 0, 0, 1e300, false, "1970-01-01", "00:00", "2000-01-01 00:00:00",
         "tab\there\nnewline \\ and é", "", "abcd", ""},
        {7, 42, 0, 0, -123456789012345678, -0.0, 0.1, true, "1900-03-01", "23:59:59", "2038-01-19 03:14:08", "", "x", "", "\\x"},
    };
    for (std::size_t r = 0; r < std::size(rows); ++r) {
        const Row& row = rows[r];
        batch.columns[0].ints[r] = row.i2;
        batch.columns[1].ints[r] = row.i4;
        batch.columns[2].ints[r] = row.i8;
        batch.columns[3].ints[r] = row.n;
        batch.columns[4].ints[r] = row.n0;
        batch.columns[5].reals[r] = row.f4;
        batch.columns[6].reals[r] = row.f8;
        batch.columns[7].ints[r] = row.b ? 1 : 0;
        batch.columns[8].ints[r] = *ss::seed::parseDate(row.d);
        batch.columns[9].ints[r] = *ss::seed::parseTimeOfDay(row.tm);
        batch.columns[10].ints[r] = *ss::seed::parseTimestamp(row.ts);
        batch.columns[11].ints[r] = *ss::seed::parseTimestamp(row.ts);
        batch.columns[12].setText(r, row.tx);
        batch.columns[13].setText(r, row.vc);
        batch.columns[14].setText(r, row.ch);
        batch.columns[15].setText(r, row.by);
    }
    // The last row: NULLs.
    const std::size_t last = std::size(rows);
    for (ss::seed::ColumnBuffer& column : batch.columns) {
        column.nulls[last] = 1;
        if (column.shape.kind == ss::seed::ValueKind::Text || column.shape.kind == ss::seed::ValueKind::Blob)
            column.closeText(last);
    }
    batch.rowCount = last + 1;

    std::string data;
    ss::seed::appendBinaryHeader(data);
    ss::seed::appendBinaryRows(data, batch, 0, batch.rowCount, types);
    ss::seed::appendBinaryTrailer(data);
    PGconn* conn = ss::postgresHandle(connection);
    REQUIRE(conn != nullptr);
    PGresult* started = PQexec(conn, "COPY t FROM STDIN WITH (FORMAT binary)");
    REQUIRE(PQresultStatus(started) == PGRES_COPY_IN);
    PQclear(started);
    REQUIRE(PQputCopyData(conn, data.data(), static_cast<int>(data.size())) == 1);
    REQUIRE(PQputCopyEnd(conn, nullptr) == 1);
    while (PGresult* result = PQgetResult(conn)) {
        INFO(PQresultErrorMessage(result));
        CHECK(PQresultStatus(result) == PGRES_COMMAND_OK);
        PQclear(result);
    }

    QSqlQuery read(connection.db());
    REQUIRE(read.exec("SET TIME ZONE 'UTC'"));
    REQUIRE(read.exec("SELECT concat_ws('|', i2, i4, i8, n, n0, f4, f8, b, d, tm, ts, tz, tx, vc, '[' || ch || ']', encode(by, 'hex')) FROM t "
                      "ORDER BY i2 NULLS LAST"));
    std::vector<std::string> got;
    while (read.next())
        got.push_back(read.value(0).toString().toStdString());
    // Booleans print as t/f here, and CHAR(4) loses its padding on the way to text.
    CHECK(got == std::vector<std::string>{
                     "-32768|2147483647|-9223372036854775808|123.456789|10000|1.5|-2.25|t|2024-02-29|08:30:15|1999-12-31 23:59:59|"
                     "1999-12-31 23:59:59+00|plain|ten chars!|[ab]|01ff",
                     "0|-1|9223372036854775807|-0.000005|0|0|1e+300|f|1970-01-01|00:00:00|2000-01-01 00:00:00|2000-01-01 00:00:00+00|"
                     "tab\there\nnewline \\ and é||[abcd]|",
                     "7|42|0|0.000000|-123456789012345678|-0|0.1|t|1900-03-01|23:59:59|2038-01-19 03:14:08|2038-01-19 03:14:08+00||x|[]|5c78",
                     ""});
}

TEST_CASE("binary COPY is chosen only for the types it encodes", "[seed][load]")
{
    ss::seed::ColumnShape integer = ss::seed::shapeOf(*ss::parseDataType("INTEGER").type);
    CHECK(ss::seed::binaryColumnType(23, integer) == BinaryColumnType::Int4);
    CHECK(ss::seed::binaryColumnType(20, integer) == BinaryColumnType::Int8);
    CHECK(ss::seed::binaryColumnType(21, integer) == std::nullopt);    // the spec's INTEGER in a SMALLINT column
    CHECK(ss::seed::binaryColumnType(1700, integer) == std::nullopt);  // an INTEGER column declared NUMERIC
    const ss::seed::ColumnShape big = ss::seed::shapeOf(*ss::parseDataType("BIGINT").type);
    CHECK(ss::seed::binaryColumnType(23, big) == std::nullopt);  // values the text format would refuse, not cut
    ss::seed::ColumnShape text;
    CHECK(ss::seed::binaryColumnType(1043, text) == BinaryColumnType::Text);
    CHECK(ss::seed::binaryColumnType(114, text) == std::nullopt);  // json
    CHECK(ss::seed::binaryColumnType(2950, text) == std::nullopt);  // uuid
    ss::seed::ColumnShape stamp;
    stamp.kind = ss::seed::ValueKind::Timestamp;
    CHECK(ss::seed::binaryColumnType(1114, stamp) == BinaryColumnType::Timestamp);
    CHECK(ss::seed::binaryColumnType(1184, stamp) == std::nullopt);
    stamp.withTimeZone = true;
    CHECK(ss::seed::binaryColumnType(1184, stamp) == BinaryColumnType::TimestampTz);
}
