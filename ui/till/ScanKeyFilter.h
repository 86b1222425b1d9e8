#pragma once
// Feeds the keyboard to the ScanClassifier for one window, so a keyboard-wedge scanner's burst
// (fast keys ending in Enter/Tab) is a scan wherever focus is — except in a text field the
// cashier is typing in (a name, a reference): there, keys are theirs. Slow keys in the scan
// field are a search.
//
// Keys that land on a non-text widget (a button, the cart table) are moved into the scan field,
// so a scan or a search never goes astray. Input-method commits (several characters at once,
// full-width digits from a Chinese IME) count as one burst.

#include "devices/scan/ScanClassifier.h"

#include <QElapsedTimer>
#include <QObject>

#include <functional>

class QLineEdit;
class QWidget;

namespace patron::ui {

class ScanKeyFilter : public QObject {
    Q_OBJECT
public:
    ScanKeyFilter(QWidget* window, QLineEdit* scanField, ScanSettings settings, QObject* parent = nullptr);
    ~ScanKeyFilter() override;
    // Milliseconds from a monotonic clock. A QElapsedTimer by default rather than the events'
    // own timestamps: input-method commits carry none, and both must share one clock. Tests
    // pass their own, so a burst's timing does not depend on how busy the machine is.
    void setTimeSource(std::function<qint64()> nowMs) { m_now = std::move(nowMs); }
    void setEnabled(bool enabled);
    // New thresholds or prefix/suffix (the back office saved them); the keys so far are dropped.
    void setSettings(ScanSettings settings);

signals:
    void scanned(const QString& code);
    void typed(const QString& text);  // Enter after typing in the scan field

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    bool onKey(QWidget* target, class QKeyEvent* key);
    bool onInputMethod(QWidget* target, class QInputMethodEvent* im);
    bool isOtherTextField(QWidget* w) const;

    QWidget* m_window;
    QLineEdit* m_field;
    ScanClassifier m_classifier;
    QElapsedTimer m_elapsed;
    std::function<qint64()> m_now;
    bool m_enabled = true;
};

} // namespace patron::ui
