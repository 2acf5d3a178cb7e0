#include "core/spec/yaml_loader.h"
#include "ui/design/design_page.h"
#include "ui/diagram/card_item.h"
#include "ui/diagram/diagram_page.h"
#include "ui/diagram/diagram_scene.h"
#include "ui/diagram/diagram_widget.h"
#include "ui/shell/page_registry.h"
#include "ui/shell/workspace.h"
#include "ui/widgets/code_editor.h"

#include <catch2/catch.hpp>

#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>

#include <algorithm>

using namespace ss;
using namespace ss::ui;

namespace {
const QString kStar = QStringLiteral(SS_SOURCE_DIR "/tests/data/star_schema.yml");
}

TEST_CASE("Diagram page: registered after Design, it shares the selected table with the editor")
{
    const auto& pages = pageRegistry();
    CHECK(std::any_of(pages.begin(), pages.end(), [](const PageEntry& e) { return e.stage == FlowStage::Diagram; }));

    Workspace workspace;
    DesignPage design(workspace);
    DiagramPage diagramPage(workspace);
    design.resize(900, 700);
    diagramPage.resize(1200, 800);
    design.show();
    diagramPage.show();

    QSignalSpy validated(&design, &DesignPage::validated);
    QSignalSpy applied(diagramPage.diagram(), &DiagramWidget::layoutApplied);
    REQUIRE(design.openSpec(kStar).isEmpty());
    while (validated.isEmpty())
        REQUIRE(validated.wait(30000));
    while (diagramPage.diagram()->scene()->graph().cards.size() != 7) {
        REQUIRE(applied.wait(60000));
    }

    // Editor -> diagram: the cursor moves into dim_loan's definition.
    const Table* loan = workspace.model()->findTable("dim_loan");
    REQUIRE(loan);
    QSignalSpy selected(&workspace, &Workspace::selectedTableChanged);
    design.editor()->goTo(loan->loc.line + 2, 1);
    // Scintilla reports cursor moves when it next updates its UI, from the event loop.
    while (selected.isEmpty())
        REQUIRE(selected.wait(10000));
    CHECK(workspace.selectedTable() == QStringLiteral("dim_loan"));
    CardItem* card = diagramPage.diagram()->scene()->findCard(QStringLiteral("dim_loan"));
    REQUIRE(card);
    CHECK(card->isSelected());

    // Diagram -> editor: searching a table moves the editor's cursor to it.
    REQUIRE(diagramPage.diagram()->search(QStringLiteral("fact_risk")));
    CHECK(workspace.selectedTable() == QStringLiteral("fact_risk_snapshot"));
    int line = 0;
    int index = 0;
    design.editor()->getCursorPosition(&line, &index);
    CHECK(line + 1 == workspace.model()->findTable("fact_risk_snapshot")->loc.line);
}

TEST_CASE("Diagram page: two tables of one name in two schemas are told apart between the editor and the diagram")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("schemas.yml"));
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write("version: 1\n"
               "entities:\n"
               "  tables:\n"
               "    - name: accounts\n"
               "      primary_key: [account_id]\n"
               "      columns:\n"
               "        - {name: account_id, type: INTEGER, nullable: false}\n"
               "    - name: accounts\n"
               "      schema: audit\n"
               "      primary_key: [event_id]\n"
               "      columns:\n"
               "        - {name: event_id, type: INTEGER, nullable: false}\n"
               "        - {name: account_id, type: INTEGER, nullable: false}\n"
               "      foreign_keys:\n"
               "        - {column: account_id, references: accounts(account_id)}\n");
    file.close();

    Workspace workspace;
    DesignPage design(workspace);
    DiagramPage diagramPage(workspace);
    design.show();
    diagramPage.show();
    QSignalSpy validated(&design, &DesignPage::validated);
    QSignalSpy applied(diagramPage.diagram(), &DiagramWidget::layoutApplied);
    REQUIRE(design.openSpec(path).isEmpty());
    while (validated.isEmpty())
        REQUIRE(validated.wait(30000));
    while (diagramPage.diagram()->scene()->graph().cards.size() != 2)
        REQUIRE(applied.wait(60000));
    REQUIRE(diagramPage.diagram()->scene()->graph().edges.size() == 1);

    const Table* audit = workspace.model()->findTable("audit", "accounts");
    REQUIRE(audit);
    QSignalSpy selected(&workspace, &Workspace::selectedTableChanged);
    design.editor()->goTo(audit->loc.line + 3, 1);
    while (selected.isEmpty())
        REQUIRE(selected.wait(10000));
    CHECK(workspace.selectedTable() == QStringLiteral("audit.accounts"));
    CardItem* card = diagramPage.diagram()->scene()->findCard(QStringLiteral("audit.accounts"));
    REQUIRE(card);
    CHECK(card->isSelected());

    // Searching the current schema's table moves the editor to it, not to audit.accounts.
    REQUIRE(diagramPage.diagram()->search(QStringLiteral("accounts")));
    CHECK(workspace.selectedTable() == QStringLiteral("accounts"));
    int line = 0;
    int index = 0;
    design.editor()->getCursorPosition(&line, &index);
    CHECK(line + 1 == workspace.model()->findTable("", "accounts")->loc.line);
}
