// schema-studio: the desktop application. Parses the command line and hands over to ui/.
#include "ui/shell/main_window.h"
#include "ui/shell/screenshots.h"
#include "ui/shell/startup.h"
#include "ui/shell/theme.h"
#include "ui/widgets/painted_icon.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QTemporaryDir>

#include <cstdio>

namespace {

constexpr const char* kUsage =
    "Usage: schema-studio [--project DIR] [FILE]\n"
    "   or: schema-studio --screenshots DIR [--db URL]\n"
    "\n"
    "Opens the schema designer on a project folder and a spec. Without arguments it reopens the last project,\n"
    "or the bundled demo project on its first run.\n"
    "\n"
    "Options:\n"
    "  --project DIR      open the project folder DIR (dbx.yml, schema_specs/, ...)\n"
    "  --screenshots DIR  save a PNG of every page of the demo project into DIR, then exit\n"
    "                     (works without a display)\n"
    "  --db URL           with --screenshots: walk the demo on the database at URL (an empty one, such as\n"
    "                     duckdb:///tmp/demo.duckdb) instead of its own SQLite file\n"
    "  -h, --help         show this help\n"
    "  --version          show the version\n";

bool hasDisplay()
{
    return !qEnvironmentVariableIsEmpty("DISPLAY") || !qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY");
}

int reportNoDisplay(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);  // enough to find the demo project; a window needs a display
    const QString demo = ss::ui::demoProjectDir();
    const QString spec = demo.isEmpty() ? QStringLiteral("SPEC.yml") : QDir(demo).filePath(ss::ui::demoStartSpec());
    std::fprintf(stderr,
                 "schema-studio: no display (neither DISPLAY nor WAYLAND_DISPLAY is set), so no window can open.\n"
                 "  Check a spec from the command line instead:  dbx validate %s\n"
                 "  Run the window on a virtual display:         xvfb-run -a schema-studio\n"
                 "  Save pictures of every page:                 schema-studio --screenshots DIR\n",
                 qPrintable(QDir::toNativeSeparators(spec)));
    return 2;
}

}  // namespace

int main(int argc, char* argv[])
{
    QCoreApplication::setOrganizationName(QStringLiteral("SchemaStudio"));
    QCoreApplication::setApplicationName(QStringLiteral("schema-studio"));
    QCoreApplication::setApplicationVersion(QStringLiteral(SS_VERSION));

    QStringList arguments;
    for (int i = 0; i < argc; ++i) arguments << QString::fromLocal8Bit(argv[i]);
    QCommandLineParser parser;
    const QCommandLineOption help({QStringLiteral("h"), QStringLiteral("help")}, QString());
    const QCommandLineOption version(QStringLiteral("version"), QString());
    const QCommandLineOption project(QStringLiteral("project"), QString(), QStringLiteral("DIR"));
    const QCommandLineOption screenshots(QStringLiteral("screenshots"), QString(), QStringLiteral("DIR"));
    const QCommandLineOption database(QStringLiteral("db"), QString(), QStringLiteral("URL"));
    parser.addOptions({help, version, project, screenshots, database});
    if (!parser.parse(arguments) || parser.positionalArguments().size() > 1) {
        const QString error = parser.errorText().isEmpty() ? QStringLiteral("too many files: give one spec")
                                                           : parser.errorText();
        std::fprintf(stderr, "schema-studio: %s\n%s", qPrintable(error), kUsage);
        return 2;
    }
    if (parser.isSet(help)) {
        std::fputs(kUsage, stdout);
        return 0;
    }
    if (parser.isSet(version)) {
        std::printf("schema-studio %s\n", SS_VERSION);
        return 0;
    }

    const bool capturing = parser.isSet(screenshots);
    if (parser.isSet(database) && !capturing) {
        std::fprintf(stderr, "schema-studio: --db goes with --screenshots (choose a database in the window with Connect)\n%s", kUsage);
        return 2;
    }
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM") && !hasDisplay()) {
        if (!capturing) return reportNoDisplay(argc, argv);
        qputenv("QT_QPA_PLATFORM", "offscreen");
    }

    QApplication app(argc, argv);
    app.setWindowIcon(ss::ui::appIcon());

    if (capturing) {
        // Pictures of the demo as a first run shows it, whatever this user's own settings say.
        QTemporaryDir settings;
        ss::ui::keepSettingsIn(settings.path());
        ss::ui::applyTheme(ss::ui::Theme::Light);
        ss::ui::MainWindow window;
        QTemporaryDir demoCopy;  // the pictures show a database the walk applies to; never the demo's own folder
        QString error = ss::ui::openDemoCopy(window, demoCopy.filePath(QStringLiteral("demo")), parser.value(database));
        if (error.isEmpty()) error = ss::ui::captureScreenshots(window, parser.value(screenshots), nullptr, true);
        if (!error.isEmpty()) {
            std::fprintf(stderr, "schema-studio: %s\n", qPrintable(error));
            return 1;
        }
        return 0;
    }

    ss::ui::applyTheme(ss::ui::savedTheme());
    ss::ui::MainWindow window;
    const QString spec = parser.positionalArguments().value(0);
    if (const QString error = ss::ui::openStartupDocuments(window, parser.value(project), spec); !error.isEmpty()) {
        std::fprintf(stderr, "schema-studio: %s\n", qPrintable(error));
        return 2;
    }
    window.show();
    return app.exec();
}
