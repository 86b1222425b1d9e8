#include "till/ScanKeyFilter.h"

#include "catalog/Barcode.h"

#include <QAbstractSpinBox>
#include <QApplication>
#include <QInputMethodEvent>
#include <QKeyEvent>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QTextEdit>

namespace patron::ui {

ScanKeyFilter::ScanKeyFilter(QWidget* window, QLineEdit* scanField, ScanSettings settings, QObject* parent)
    : QObject(parent), m_window(window), m_field(scanField), m_classifier(std::move(settings))
{
    m_elapsed.start();
    m_now = [this] { return m_elapsed.elapsed(); };
    qApp->installEventFilter(this);
}

ScanKeyFilter::~ScanKeyFilter() { qApp->removeEventFilter(this); }

void ScanKeyFilter::setEnabled(bool enabled)
{
    m_enabled = enabled;
    m_classifier.reset();
}

void ScanKeyFilter::setSettings(ScanSettings settings) { m_classifier = ScanClassifier(std::move(settings)); }

bool ScanKeyFilter::isOtherTextField(QWidget* w) const
{
    if (w == m_field)
        return false;
    return qobject_cast<QLineEdit*>(w) || qobject_cast<QAbstractSpinBox*>(w) || qobject_cast<QTextEdit*>(w)
        || qobject_cast<QPlainTextEdit*>(w);
}

bool ScanKeyFilter::eventFilter(QObject* watched, QEvent* event)
{
    if (!m_enabled || (event->type() != QEvent::KeyPress && event->type() != QEvent::InputMethod))
        return false;
    auto* target = qobject_cast<QWidget*>(watched);
    // An application filter sees a key again on each parent it propagates to: judge it once,
    // where it was first delivered, and only in our window.
    if (!target || target->window() != m_window || !m_window->isActiveWindow())
        return false;
    QWidget* focus = QApplication::focusWidget();
    if (focus ? target != focus : target != m_window)
        return false;
    if (event->type() == QEvent::KeyPress)
        return onKey(target, static_cast<QKeyEvent*>(event));
    return onInputMethod(target, static_cast<QInputMethodEvent*>(event));
}

bool ScanKeyFilter::onKey(QWidget* target, QKeyEvent* key)
{
    if (isOtherTextField(target))
        return false;
    const qint64 now = m_now();
    const int k = key->key();
    if (k == Qt::Key_Return || k == Qt::Key_Enter || k == Qt::Key_Tab) {
        const ScanEvent ev = m_classifier.terminator(now);
        switch (ev.kind) {
        case ScanEvent::Kind::Scan:
            m_field->clear();
            emit scanned(ev.text);
            return true;
        case ScanEvent::Kind::None:
            return true;  // the Enter a scanner sends after its suffix
        case ScanEvent::Kind::Typing:
            if (target != m_field && ev.text.isEmpty())
                return false;  // Enter on a button presses it; Tab moves on
            emit typed(m_field->text());
            return true;
        }
        return false;
    }
    if (key->modifiers() & (Qt::ControlModifier | Qt::AltModifier | Qt::MetaModifier)) {
        m_classifier.reset();
        return false;
    }
    const QString text = key->text();
    if (text.isEmpty() || !text.at(0).isPrint()) {
        if (k == Qt::Key_Backspace || k == Qt::Key_Delete || k == Qt::Key_Escape)
            m_classifier.reset();
        return false;
    }
    const ScanEvent ev = m_classifier.key(text, now);
    if (ev.kind == ScanEvent::Kind::Scan) {
        m_field->clear();
        emit scanned(ev.text);
        return true;
    }
    if (target == m_field)
        return false;
    // A key on a button or the cart: it belongs to the scan field.
    m_field->setFocus(Qt::OtherFocusReason);
    m_field->insert(foldFullWidth(text));
    return true;
}

bool ScanKeyFilter::onInputMethod(QWidget* target, QInputMethodEvent* im)
{
    if (isOtherTextField(target) || im->commitString().isEmpty())
        return false;
    const ScanEvent ev = m_classifier.key(im->commitString(), m_now());
    if (ev.kind == ScanEvent::Kind::Scan) {
        m_field->clear();
        emit scanned(ev.text);
        return true;
    }
    // Full-width digits from a Chinese IME go in as ASCII, so a search finds the code.
    m_field->setFocus(Qt::OtherFocusReason);
    m_field->insert(foldFullWidth(im->commitString()));
    return true;
}

} // namespace patron::ui
