#pragma once
// Watches an item view's viewport for the paint that draws a given row, and reports when that
// paint has finished (not when it starts): the filter paints the event itself, inside the same
// paint cycle, then swallows it so nothing is drawn twice.

#include <QObject>

#include <functional>

class QAbstractItemView;

namespace patron::uibench {

class PaintProbe : public QObject {
public:
    explicit PaintProbe(QAbstractItemView* view);
    // The next paint that covers row `row` (once the model has it) calls `painted`, once.
    void expectRow(int row, std::function<void()> painted);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    QAbstractItemView* m_view;
    int m_row = -1;
    std::function<void()> m_painted;
    bool m_inside = false;
};

} // namespace patron::uibench
