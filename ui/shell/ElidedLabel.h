#pragma once
// A one-line label that gives way when its row is crowded: it shows as much of its text as fits,
// ending in "…", with the whole text in the tooltip. The till's status bar uses it for the store's
// name so that the sync state and a clock warning beside it are never cut off at 1024 pixels.

#include <QLabel>

namespace patron::ui {

class ElidedLabel : public QLabel {
    Q_OBJECT
public:
    explicit ElidedLabel(QWidget* parent = nullptr);
    void setFullText(const QString& text);
    const QString& fullText() const { return m_full; }
    QSize minimumSizeHint() const override;

protected:
    void resizeEvent(QResizeEvent* event) override;

private:
    void elide();
    QString m_full;
};

} // namespace patron::ui
