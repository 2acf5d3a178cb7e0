#define CATCH_CONFIG_RUNNER
#include <catch2/catch.hpp>

#include <QApplication>

// Widgets need one QApplication for the whole run; the tests create windows inside it.
int main(int argc, char* argv[])
{
    qputenv("QT_QPA_PLATFORM", qgetenv("QT_QPA_PLATFORM").isEmpty() ? QByteArray("offscreen") : qgetenv("QT_QPA_PLATFORM"));
    QApplication app(argc, argv);
    return Catch::Session().run(argc, argv);
}
