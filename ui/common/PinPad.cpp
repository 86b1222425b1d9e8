#include "common/PinPad.h"

#include <QGridLayout>
#include <QLineEdit>
#include <QPushButton>

namespace patron::ui {

PinPad::PinPad(QLineEdit* target, QWidget* parent) : QWidget(parent), m_target(target)
{
    auto* grid = new QGridLayout(this);
    grid->setSpacing(8);
    const QStringList keys{QStringLiteral("7"), QStringLiteral("8"), QStringLiteral("9"),
                           QStringLiteral("4"), QStringLiteral("5"), QStringLiteral("6"),
                           QStringLiteral("1"), QStringLiteral("2"), QStringLiteral("3"),
                           QStringLiteral("clear"), QStringLiteral("0"), QStringLiteral("back")};
    for (int i = 0; i < keys.size(); ++i) {
        const QString key = keys[i];
        QString label = key;
        if (key == u"clear")
            label = tr("Clear");
        else if (key == u"back")
            label = QStringLiteral("\u232B");
        auto* b = new QPushButton(label, this);
        b->setObjectName(QStringLiteral("pinKey_") + key);
        b->setMinimumSize(72, 56);  // a fingertip, not a mouse pointer
        b->setFocusPolicy(Qt::NoFocus);  // typing keeps going to the PIN field
        connect(b, &QPushButton::clicked, this, [this, key] { press(key); });
        grid->addWidget(b, i / 3, i % 3);
    }
    auto* ok = new QPushButton(tr("OK"), this);
    ok->setObjectName(QStringLiteral("pinKey_ok"));
    ok->setMinimumHeight(56);
    ok->setFocusPolicy(Qt::NoFocus);
    ok->setProperty("accent", true);
    connect(ok, &QPushButton::clicked, this, &PinPad::accepted);
    grid->addWidget(ok, 4, 0, 1, 3);
}

void PinPad::press(const QString& key)
{
    if (key == u"clear")
        m_target->clear();
    else if (key == u"back")
        m_target->backspace();
    else
        m_target->insert(key);
    m_target->setFocus();
}

} // namespace patron::ui
