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
    auto* grid = new QGridLayout(this);
    grid->setContentsMargins(64, 48, 64, 48);
    auto* title = new QLabel(tr("Function keys"), this);
    title->setStyleSheet(QStringLiteral("font-size: 22pt; font-weight: bold;"));
    grid->addWidget(title, 0, 0, 1, 2);
    for (int i = 0; i < keys.size(); ++i) {
        auto* k = new QLabel(keys[i].key, this);
        k->setStyleSheet(QStringLiteral("font-weight: bold; color: #ffcc80;"));
        grid->addWidget(k, i + 1, 0);
        grid->addWidget(new QLabel(keys[i].action, this), i + 1, 1);
    }
    grid->setRowStretch(int(keys.size()) + 1, 1);
    grid->setColumnStretch(1, 1);
    hide();
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
