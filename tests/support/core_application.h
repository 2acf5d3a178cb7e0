#pragma once

#include <QCoreApplication>

#include <memory>

// The unit tests run without an application object; the client's event loop needs one on the main thread. It
// lives for one test: a QCoreApplication destroyed among the static objects at exit would outlive Qt's own.
class CoreApplicationForTest {
public:
    CoreApplicationForTest()
    {
        if (!QCoreApplication::instance())
            m_app = std::make_unique<QCoreApplication>(m_argc, m_argv);
    }

private:
    int m_argc = 1;
    char m_name[11] = "unit_tests";
    char* m_argv[2] = {m_name, nullptr};
    std::unique_ptr<QCoreApplication> m_app;
};
