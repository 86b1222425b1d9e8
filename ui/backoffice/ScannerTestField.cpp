#include "backoffice/ScannerTestField.h"

#include <QInputMethodEvent>
#include <QKeyEvent>

namespace patron::ui {

ScannerTestField::ScannerTestField(QWidget* parent) : QLineEdit(parent)
{
    m_elapsed.start();
    m_now = [this] { return m_elapsed.elapsed(); };
}

void ScannerTestField::setSettings(const ScanSettings& settings)
{
    m_classifier = ScanClassifier(settings);
    clear();
}

void ScannerTestField::report(const ScanEvent& ev)
{
    if (ev.kind == ScanEvent::Kind::None)
        return;
    clear();  // ready for the next try
    emit recognised(ev.kind == ScanEvent::Kind::Scan, ev.text);
}

void ScannerTestField::keyPressEvent(QKeyEvent* event)
{
    const int k = event->key();
    if (k == Qt::Key_Return || k == Qt::Key_Enter || k == Qt::Key_Tab) {
        report(m_classifier.terminator(m_now()));
        return;  // Tab stays here: a scanner ending in Tab must not move the focus away
    }
    const QString text = event->text();
    if (!text.isEmpty() && text.at(0).isPrint()
        && !(event->modifiers() & (Qt::ControlModifier | Qt::AltModifier | Qt::MetaModifier))) {
        const ScanEvent ev = m_classifier.key(text, m_now());
        QLineEdit::keyPressEvent(event);
        report(ev);
        return;
    }
    m_classifier.reset();  // editing keys: the next burst is judged on its own
    QLineEdit::keyPressEvent(event);
}

void ScannerTestField::inputMethodEvent(QInputMethodEvent* event)
{
    if (!event->commitString().isEmpty()) {
        const ScanEvent ev = m_classifier.key(event->commitString(), m_now());
        QLineEdit::inputMethodEvent(event);
        report(ev);
        return;
    }
    QLineEdit::inputMethodEvent(event);
}

void ScannerTestField::focusOutEvent(QFocusEvent* event)
{
    m_classifier.reset();
    QLineEdit::focusOutEvent(event);
}

} // namespace patron::ui
