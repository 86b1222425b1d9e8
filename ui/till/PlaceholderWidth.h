#pragma once
// An empty field's hint is what tells a new cashier what to type: a field is never narrower than
// its placeholder text, in whichever language and at whichever scale the till runs.

#include <QObject>

class QLineEdit;

namespace patron::ui {

// Keeps the field's minimum width at its placeholder's, measured again whenever the font or the
// style changes (the till's style sheet sets the real font only when the field is polished).
class PlaceholderWidth : public QObject {
public:
    explicit PlaceholderWidth(QLineEdit* field);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void update();

    QLineEdit* m_field;
    int m_ownMinimum;
};

// Call after setPlaceholderText; the watcher belongs to the field.
inline void fitPlaceholder(QLineEdit* field) { new PlaceholderWidth(field); }

} // namespace patron::ui
