#include "gui/gui_test_support.h"

#include "ui/shell/startup.h"

#include <QFile>
#include <QTest>

namespace ss::test {

void isolateSettings()
{
    static QTemporaryDir settings;
    static const bool done = [] {
        ui::keepSettingsIn(settings.path());
        return true;
    }();
    (void)done;
}

WindowOnSpec::WindowOnSpec(const QByteArray& specText)
{
    isolateSettings();
    specPath = dir.filePath(QStringLiteral("spec.yml"));
    QFile file(specPath);
    if (file.open(QIODevice::WriteOnly)) file.write(specText);
    file.close();
    window = std::make_unique<ui::MainWindow>();
    window->openProject(dir.path(), specPath);
}

bool waitForValidation(ui::DesignPage& page)
{
    return QTest::qWaitFor([&page] { return !page.isBusy(); }, 10000);
}

int lineOf(const QByteArray& text, const QByteArray& needle)
{
    return static_cast<int>(text.left(text.indexOf(needle)).count('\n')) + 1;
}

QByteArray validSpec()
{
    return "version: 1\n"
           "warehouse: shop\n"
           "entities:\n"
           "  dimensions:\n"
           "    - name: dim_customer\n"
           "      surrogate_key: customer_key\n"
           "      natural_key: customer_id\n"
           "      columns:\n"
           "        - {name: customer_id, type: VARCHAR(20), nullable: false}\n"
           "        - {name: city, type: VARCHAR(40)}\n"
           "  facts:\n"
           "    - name: fact_sales\n"
           "      grain: \"customer_key, sold_on\"\n"
           "      primary_key: [customer_key, sold_on]\n"
           "      foreign_keys:\n"
           "        - {column: customer_key, references: dim_customer(customer_key)}\n"
           "      columns:\n"
           "        - {name: sold_on, type: DATE, nullable: false}\n"
           "      measures:\n"
           "        - {name: amount, type: DECIMAL(12,2), aggregation: sum}\n";
}

}  // namespace ss::test
