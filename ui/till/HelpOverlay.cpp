#include "till/HelpOverlay.h"

#include <QGridLayout>
#include <QKeyEvent>
#include <QLabel>

namespace patron::ui {

HelpOverlay::HelpOverlay(const QList<KeyHelp>& keys, QWidget* parent) : QFrame(parent)
{
    setObjectName(QStringLiteral("helpOverlay"));
    setAutoFillBackground(true);
    setStyleSheet(QStringLiteral("#helpOverlay { background: rgba(33, 33, 33, 230); } QLabel { color: white; font-size: 15pt; }"));
    m_grid = new QGridLayout(this);
    m_grid->setContentsMargins(64, 48, 64, 48);
    auto* title = new QLabel(tr("Function keys"), this);
    title->setStyleSheet(QStringLiteral("font-size: 22pt; font-weight: bold;"));
    m_grid->addWidget(title, 0, 0, 1, 2);
    m_grid->setColumnStretch(1, 1);
    setKeys(keys);
    hide();
}

void HelpOverlay::setKeys(const QList<KeyHelp>& keys)
{
    qDeleteAll(m_rows);
    m_rows.clear();
    for (int row = 1; row < m_grid->rowCount(); ++row)
        m_grid->setRowStretch(row, 0);
    for (int i = 0; i < keys.size(); ++i) {
        auto* k = new QLabel(keys[i].key, this);
        k->setObjectName(QStringLiteral("helpKey"));
        k->setStyleSheet(QStringLiteral("font-weight: bold; color: #ffcc80;"));
        auto* a = new QLabel(keys[i].action, this);
        a->setObjectName(QStringLiteral("helpAction"));
        m_grid->addWidget(k, i + 1, 0);
        m_grid->addWidget(a, i + 1, 1);
        m_rows << k << a;
    }
    m_grid->setRowStretch(int(keys.size()) + 1, 1);
}

void HelpOverlay::toggle()
{
    if (isVisible()) {
        hide();
        return;
    }
    setGeometry(parentWidget()->rect());
    raise();
    show();
}

void HelpOverlay::mousePressEvent(QMouseEvent*) { hide(); }
void HelpOverlay::keyPressEvent(QKeyEvent*) { hide(); }

} // namespace patron::ui
