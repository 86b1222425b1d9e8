#pragma once
// ScannerTestField: a line edit that judges its own keys with a ScanClassifier built from the
// settings on screen, so a manager can scan into it and see whether the till would take the
// burst for a scan or for typing before saving anything.

#include "devices/scan/ScanClassifier.h"

#include <QElapsedTimer>
#include <QLineEdit>

#include <functional>

namespace patron::ui {

class ScannerTestField : public QLineEdit {
    Q_OBJECT
public:
    explicit ScannerTestField(QWidget* parent = nullptr);

    void setSettings(const ScanSettings& settings);
    // Milliseconds from a monotonic clock (tests pass their own, as for ScanKeyFilter).
    void setTimeSource(std::function<qint64()> nowMs) { m_now = std::move(nowMs); }

signals:
    // `scan`: the classifier took it for a scanner; `text` is the code (scan) or what was typed.
    void recognised(bool scan, const QString& text);

protected:
    void keyPressEvent(QKeyEvent* event) override;
    void inputMethodEvent(QInputMethodEvent* event) override;
    void focusOutEvent(QFocusEvent* event) override;

private:
    void report(const ScanEvent& ev);

    ScanClassifier m_classifier;
    QElapsedTimer m_elapsed;
    std::function<qint64()> m_now;
};

} // namespace patron::ui
