#include "till/PlaceholderWidth.h"

#include <QEvent>
#include <QLineEdit>
#include <QStyle>
#include <QStyleOptionFrame>

namespace patron::ui {

PlaceholderWidth::PlaceholderWidth(QLineEdit* field)
    : QObject(field), m_field(field), m_ownMinimum(field->minimumWidth())
{
    field->installEventFilter(this);
    update();
}

bool PlaceholderWidth::eventFilter(QObject*, QEvent* event)
{
    switch (event->type()) {
    case QEvent::Polish:
    case QEvent::FontChange:
    case QEvent::StyleChange:
        update();
        break;
    default:
        break;
    }
    return false;
}

void PlaceholderWidth::update()
{
    // The text plus the frame and the line edit's side margins, as the style (sheet) draws them.
    QStyleOptionFrame option;
    option.initFrom(m_field);
    option.lineWidth = m_field->style()->pixelMetric(QStyle::PM_DefaultFrameWidth, &option, m_field);
    const int text = m_field->fontMetrics().horizontalAdvance(m_field->placeholderText());
    const QSize needed = m_field->style()->sizeFromContents(QStyle::CT_LineEdit, &option, QSize(text + 8, 1), m_field);
    m_field->setMinimumWidth(std::max(m_ownMinimum, needed.width()));
}

} // namespace patron::ui
