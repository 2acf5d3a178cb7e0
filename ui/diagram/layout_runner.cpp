#include "ui/diagram/layout_runner.h"

#include <QThread>

#include <algorithm>

namespace ss::ui {

LayoutRunner::LayoutRunner(QObject* parent) : QObject(parent) {}

LayoutRunner::~LayoutRunner()
{
    // A Graphviz layout cannot be interrupted; it finishes within seconds even for thousands of tables.
    for (QThread* thread : m_threads) {
        thread->wait();
        delete thread;
    }
}

void LayoutRunner::start(Request request)
{
    const quint64 generation = ++m_generation;
    auto input = std::make_shared<const Request>(std::move(request));
    auto output = std::make_shared<LayoutResult>();
    QThread* thread = QThread::create([input, output] {
        *output = layoutDiagram(input->graph, input->metrics, input->engine, input->positions);
    });
    m_threads.push_back(thread);
    connect(thread, &QThread::finished, this, [this, thread, generation, input, output] {
        m_threads.erase(std::remove(m_threads.begin(), m_threads.end(), thread), m_threads.end());
        thread->deleteLater();
        if (generation != m_generation)
            return;
        setRunning(false);
        Q_EMIT finished(input, output);
    });
    setRunning(true);
    thread->start();
}

void LayoutRunner::cancel()
{
    ++m_generation;
    setRunning(false);
}

void LayoutRunner::setRunning(bool running)
{
    if (m_running == running)
        return;
    m_running = running;
    Q_EMIT runningChanged(running);
}

}  // namespace ss::ui
