#include "gui/gui_test_support.h"
#include "gui/plan/plan_fixture.h"

#include "core/plan/spec_texts.h"
#include "core/sql/migration_file.h"
#include "ui/plan/migration_view.h"
#include "ui/plan/operation_list.h"
#include "ui/plan/risk_badge.h"
#include "ui/widgets/spec_diff_view.h"
#include "ui/shell/theme.h"
#include "ui/shell/workspace.h"
#include "ui/widgets/code_editor.h"

#include <catch2/catch.hpp>

#include <QApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTest>

using namespace ss;
using namespace ss::test;

namespace {

QByteArray withoutCity()
{
    QByteArray text = validSpec();
    text.replace("        - {name: city, type: VARCHAR(40)}\n", "");
    return text;
}

QByteArray readAll(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

QString sqlText(ui::PlanPage& page)
{
    return QString::fromStdString(page.sqlView()->utf8Text());
}

// Relative luminance and contrast ratio as WCAG 2 defines them.
double luminance(const QColor& c)
{
    const auto channel = [](double v) { return v <= 0.03928 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4); };
    return 0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF()) + 0.0722 * channel(c.blueF());
}

double contrast(const QColor& a, const QColor& b)
{
    const double la = luminance(a);
    const double lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

}  // namespace

TEST_CASE("the Plan page shows the demo's operations in order, each with the plan's risk", "[gui][plan]")
{
    PlanFixture fixture;
    ui::PlanPage& page = *fixture.page;
    REQUIRE(page.plan());
    const Plan& plan = *page.plan();
    REQUIRE(plan.operations.size() > 5);
    ui::OperationList& list = *page.operations();
    REQUIRE(list.topLevelItemCount() == static_cast<int>(plan.operations.size()));
    for (int i = 0; i < list.topLevelItemCount(); ++i) {
        const Operation& op = plan.operations[static_cast<std::size_t>(i)];
        QTreeWidgetItem* row = list.topLevelItem(i);
        CHECK(row->text(ui::OperationList::NumberColumn) == QString::number(i + 1));
        CHECK(row->text(ui::OperationList::RiskColumn) == QString::fromLatin1(toString(op.risk())));
        CHECK(row->text(ui::OperationList::OperationColumn) == ui::operationKindLabel(op.kind));
        CHECK(row->childCount() == static_cast<int>(op.risks.size()));
    }
    CHECK(page.summaryText().startsWith(QStringLiteral("2 tables added, 3 columns added")));
    CHECK(page.currentSource() == ui::SpecSource{ui::SpecSource::Kind::File,
                                                 QString::fromStdString(fixture.window->workspace().project().currentSpecPath())});
    CHECK(page.targetSource().kind == ui::SpecSource::Kind::DesignSpec);
    CHECK(page.dialect() == Dialect::Sqlite);
    CHECK(page.diffView()->left()->lines() == page.diffView()->right()->lines());
    CHECK(page.diffView()->firstChangedRow() >= 0);
}

TEST_CASE("a dropped column is high risk, with its rule and reason unfolded under it", "[gui][plan]")
{
    PlanFixture fixture(validSpec(), withoutCity());
    ui::OperationList& list = *fixture.page->operations();
    REQUIRE(list.topLevelItemCount() == 1);
    QTreeWidgetItem* row = list.topLevelItem(0);
    CHECK(row->text(ui::OperationList::OperationColumn) == QStringLiteral("drop column"));
    CHECK(row->text(ui::OperationList::ObjectColumn) == QStringLiteral("dim_customer.city"));
    CHECK(row->text(ui::OperationList::RiskColumn) == QStringLiteral("high"));
    CHECK(row->data(ui::OperationList::RiskColumn, Qt::UserRole).toInt() == static_cast<int>(RiskLevel::High));
    REQUIRE(row->childCount() >= 1);
    CHECK(row->isExpanded());
    const Operation& op = fixture.page->plan()->operations.front();
    CHECK(row->text(ui::OperationList::RulesColumn).contains(QString::fromStdString(op.risks.front().code)));
    CHECK(row->child(0)->text(ui::OperationList::NumberColumn).contains(QString::fromStdString(op.risks.front().message)));
    fixture.page->operations()->setCurrentItem(row->child(0));
    CHECK(fixture.page->operations()->currentOperation() == 0);
    CHECK(fixture.page->detailText().contains(QString::fromStdString(op.risks.front().message).toHtmlEscaped()));
    CHECK(fixture.page->summaryText().contains(QStringLiteral("1 column dropped")));
    CHECK(fixture.page->riskText() == QStringLiteral("Operations (1): 1 high, 0 medium, 0 safe"));
}

TEST_CASE("the dialect starts as the project's", "[gui][plan]")
{
    PlanFixture fixture(validSpec(), withoutCity(), "name: shop\ndialect: postgresql\n");
    CHECK(fixture.page->dialect() == Dialect::PostgreSql);
    CHECK(fixture.page->sql().dialect == Dialect::PostgreSql);
    CHECK(sqlText(*fixture.page).contains(QStringLiteral("ALTER TABLE \"dim_customer\" DROP COLUMN \"city\"")));
    CHECK_FALSE(sqlText(*fixture.page).contains(QStringLiteral("PRAGMA")));
}

TEST_CASE("switching the dialect re-renders the SQL with that dialect's quoting", "[gui][plan]")
{
    PlanFixture fixture(validSpec(), withoutCity());
    ui::PlanPage& page = *fixture.page;
    QSignalSpy planned(&page, &ui::PlanPage::planned);

    page.setDialect(Dialect::PostgreSql);
    REQUIRE((planned.count() > 0 || planned.wait(10000)));
    CHECK(page.sql().dialect == Dialect::PostgreSql);
    CHECK(sqlText(page).contains(QStringLiteral("ALTER TABLE \"dim_customer\" DROP COLUMN \"city\"")));

    planned.clear();
    page.setDialect(Dialect::MySql);
    REQUIRE((planned.count() > 0 || planned.wait(10000)));
    CHECK(page.sql().dialect == Dialect::MySql);
    CHECK(sqlText(page).contains(QStringLiteral("ALTER TABLE `dim_customer` DROP COLUMN `city`")));
    CHECK_FALSE(sqlText(page).contains(QStringLiteral("\"dim_customer\"")));
}

TEST_CASE("selecting an operation scrolls the SQL view to its statements", "[gui][plan]")
{
    PlanFixture fixture;
    ui::PlanPage& page = *fixture.page;
    ui::MigrationView& sql = *page.sqlView();
    const int last = page.operations()->topLevelItemCount() - 1;
    REQUIRE(last > 5);
    CHECK(sql.firstVisibleLine() == 0);

    page.operations()->setCurrentItem(page.operations()->topLevelItem(last));
    const LineSpan span = sql.operationLines(last);
    REQUIRE(span.end > span.first);
    CHECK(sql.text(span.first).startsWith(QStringLiteral("-- %1. ").arg(last + 1)));
    const int onScreen = static_cast<int>(sql.SendScintilla(QsciScintillaBase::SCI_LINESONSCREEN));
    CHECK(sql.firstVisibleLine() > 0);
    CHECK(sql.firstVisibleLine() <= span.first);
    CHECK(span.first < sql.firstVisibleLine() + onScreen);
    int line = -1;
    int index = -1;
    sql.getCursorPosition(&line, &index);
    CHECK(line == span.first);

    CHECK(page.detailText().contains(QStringLiteral("<b>%1. ").arg(last + 1)));

    page.operations()->setCurrentItem(page.operations()->topLevelItem(2));
    CHECK(sql.firstVisibleLine() == sql.operationLines(2).first);
    CHECK(page.detailText().contains(QString::fromStdString(page.plan()->operations[2].describe()).toHtmlEscaped()));
}

TEST_CASE("editing the spec in the Design page updates the plan", "[gui][plan]")
{
    PlanFixture fixture(validSpec(), validSpec());
    ui::PlanPage& page = *fixture.page;
    REQUIRE(page.plan());
    CHECK(page.plan()->empty());
    CHECK(page.summaryText().startsWith(QStringLiteral("No changes")));

    QSignalSpy planned(&page, &ui::PlanPage::planned);
    ui::CodeEditor& editor = *fixture.window->designPage()->editor();
    QByteArray text = validSpec();
    text.replace("{name: city, type: VARCHAR(40)}", "{name: city, type: VARCHAR(40)}\n        - {name: email, type: VARCHAR(120)}");
    editor.setText(QString::fromUtf8(text));
    QTRY_VERIFY_WITH_TIMEOUT(page.operations()->topLevelItemCount() == 1, 10000);
    CHECK(page.operations()->topLevelItem(0)->text(ui::OperationList::OperationColumn) == QStringLiteral("add column"));
    CHECK(page.operations()->topLevelItem(0)->text(ui::OperationList::ObjectColumn) == QStringLiteral("dim_customer.email"));
    CHECK(sqlText(page).contains(QStringLiteral("\"email\"")));
    CHECK(planned.count() >= 1);
}

TEST_CASE("a target with errors gives no plan and says where the first error is", "[gui][plan]")
{
    QByteArray broken = validSpec();
    broken.replace("type: DATE", "type: DAYTE");
    PlanFixture fixture(validSpec(), broken);
    ui::PlanPage& page = *fixture.page;
    CHECK_FALSE(page.plan());
    CHECK(page.operations()->topLevelItemCount() == 0);
    CHECK(page.statusText().contains(QStringLiteral("target.yml (Design page)")));
    CHECK(page.statusText().contains(QStringLiteral(":%1:").arg(lineOf(broken, "DAYTE"))));
    CHECK(page.exportMigration(fixture.path(QStringLiteral("m.sql")), false).contains(QStringLiteral("no plan")));
}

TEST_CASE("the empty schema as current plans the creation of everything", "[gui][plan]")
{
    PlanFixture fixture(validSpec(), validSpec());
    ui::PlanPage& page = *fixture.page;
    QSignalSpy planned(&page, &ui::PlanPage::planned);
    page.setSources({ui::SpecSource::Kind::EmptySchema, {}}, {ui::SpecSource::Kind::DesignSpec, {}});
    REQUIRE((planned.count() > 0 || planned.wait(10000)));
    REQUIRE(page.plan());
    CHECK(page.plan()->operations.front().kind == OpKind::CreateTable);
    CHECK(page.plan()->summary().high == 0);
    CHECK(page.summaryText().startsWith(QStringLiteral("2 tables added")));
    CHECK(page.diffView()->left()->text().trimmed().startsWith(QStringLiteral("version: 1")));
}

TEST_CASE("export writes the migration with a checksum that verifies, and a sidecar listing every operation", "[gui][plan]")
{
    PlanFixture fixture;
    ui::PlanPage& page = *fixture.page;
    const Plan& plan = *page.plan();
    QTemporaryDir out;
    const QString path = out.filePath(QStringLiteral("next.sql"));
    REQUIRE(page.exportMigration(path, true).isEmpty());
    CHECK(page.statusText().contains(QStringLiteral("next.sql and next.sql.impact.json")));

    const ParsedMigrationFile parsed = parseMigrationFile(readAll(path).toStdString());
    REQUIRE(parsed.error.empty());
    CHECK(parsed.checksumMatches());
    CHECK(parsed.header.dialect == "sqlite");
    CHECK(parsed.header.fromVersion == "1.1.0");
    CHECK(parsed.header.toVersion == "1.2.0");
    // The SQL shown, then the spec texts of the checks and views it creates.
    CHECK(parsed.body.rfind(page.sql().text.text, 0) == 0);
    CHECK(parseSpecTextsSection(parsed.body) == schemaTextsCreatedBy(plan));
    CHECK_FALSE(schemaTextsCreatedBy(plan).empty());

    const QJsonObject sidecar = QJsonDocument::fromJson(readAll(path + QStringLiteral(".impact.json"))).object();
    CHECK(sidecar.value(QStringLiteral("migration")).toString() == QStringLiteral("next.sql"));
    CHECK(sidecar.value(QStringLiteral("checksum")).toString().toStdString() == parsed.header.checksum);
    const QJsonArray operations = sidecar.value(QStringLiteral("operations")).toArray();
    REQUIRE(operations.size() == static_cast<qsizetype>(plan.operations.size()));
    for (qsizetype i = 0; i < operations.size(); ++i) {
        const QJsonObject op = operations[i].toObject();
        CHECK(op.value(QStringLiteral("step")).toInt() == i + 1);
        CHECK(op.value(QStringLiteral("kind")).toString() == QLatin1String(toString(plan.operations[static_cast<std::size_t>(i)].kind)));
        CHECK(op.value(QStringLiteral("risk")).toString() == QLatin1String(toString(plan.operations[static_cast<std::size_t>(i)].risk())));
    }

    const QString plain = out.filePath(QStringLiteral("plain.sql"));
    REQUIRE(page.exportMigration(plain, false).isEmpty());
    CHECK_FALSE(QFile::exists(plain + QStringLiteral(".impact.json")));
    CHECK(page.suggestedExportPath().startsWith(QString::fromStdString(fixture.window->workspace().project().migrationsDir())));
    CHECK(page.suggestedExportPath().endsWith(QStringLiteral("_loan_risk.sql")));
}

TEST_CASE("the spec diff lines the two sides up and leaves a blank where a line was added", "[gui][plan]")
{
    QByteArray target = validSpec();
    target.replace("{name: city, type: VARCHAR(40)}", "{name: city, type: VARCHAR(80)}\n        - {name: email, type: VARCHAR(120)}");
    PlanFixture fixture(validSpec(), target);
    ui::SpecDiffView& diff = *fixture.page->diffView();
    ui::CodeEditor& left = *diff.left();
    ui::CodeEditor& right = *diff.right();
    REQUIRE(left.lines() == right.lines());
    int emailRow = -1;
    for (int row = 0; row < right.lines(); ++row) {
        if (right.text(row).contains(QStringLiteral("name: email"))) emailRow = row;
    }
    REQUIRE(emailRow >= 0);
    CHECK(left.text(emailRow).trimmed().isEmpty());
    CHECK(left.text(emailRow - 1).contains(QStringLiteral("VARCHAR(40)")));
    CHECK(right.text(emailRow - 1).contains(QStringLiteral("VARCHAR(80)")));
}

TEST_CASE("risk badges keep their label readable in the light and the dark palette", "[gui][plan]")
{
    const ui::Theme before = ui::currentTheme();
    for (ui::Theme theme : {ui::Theme::Light, ui::Theme::Dark}) {
        ui::applyTheme(theme);
        const QPalette palette = QApplication::palette();
        for (RiskLevel level : {RiskLevel::Safe, RiskLevel::Medium, RiskLevel::High}) {
            const ui::BadgeColours colours = ui::riskBadgeColours(level, palette);
            INFO("theme " << static_cast<int>(theme) << ", risk " << toString(level));
            CHECK(contrast(colours.text, colours.fill) >= 4.5);
            CHECK(contrast(colours.fill, palette.color(QPalette::Base)) >= 1.5);
        }
    }
    ui::applyTheme(before);
}

namespace {

// `tables` plain tables of 21 columns; every `changeEvery`-th table gets one more column when `changeEvery` > 0.
QByteArray wideSpec(int tables, int changeEvery)
{
    QByteArray text = "version: 1\nentities:\n  tables:\n";
    for (int t = 0; t < tables; ++t) {
        text += "    - name: t" + QByteArray::number(t) + "\n      primary_key: [id]\n      columns:\n"
                "        - {name: id, type: INTEGER, nullable: false}\n";
        for (int c = 1; c < 21; ++c) text += "        - {name: c" + QByteArray::number(c) + ", type: VARCHAR(40)}\n";
        if (changeEvery > 0 && t % changeEvery == 0) text += "        - {name: extra, type: DATE}\n";
    }
    return text;
}

}  // namespace

TEST_CASE("planning large specs runs off the UI thread and only the newest request is shown", "[gui][plan]")
{
    PlanFixture fixture(wideSpec(2000, 0), wideSpec(2000, 20));
    ui::PlanPage& page = *fixture.page;
    REQUIRE(page.plan());
    CHECK(page.plan()->operations.size() == 100);
    INFO(page.statusText().toStdString());

    QSignalSpy planned(&page, &ui::PlanPage::planned);
    page.setSources({ui::SpecSource::Kind::EmptySchema, {}}, {ui::SpecSource::Kind::DesignSpec, {}});
    page.setSources({ui::SpecSource::Kind::File, fixture.path(QStringLiteral("current.yml"))},
                    {ui::SpecSource::Kind::File, fixture.path(QStringLiteral("current.yml"))});
    CHECK(page.isBusy());
    CHECK(planned.isEmpty());  // nothing was computed on this thread
    REQUIRE(waitForPlan(page));
    CHECK(planned.count() == 1);  // the first request was overtaken and its result dropped
    REQUIRE(page.plan());
    CHECK(page.plan()->empty());
}
