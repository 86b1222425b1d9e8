#include "till/QuickKeyPanel.h"

#include "till/TillFormat.h"

#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QVBoxLayout>

namespace patron::ui {

QuickKeyPanel::QuickKeyPanel(QWidget* parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("quickKeys"));
    auto* title = new QLabel(tr("Quick keys (goods without a barcode)"), this);
    auto* arrange = new QPushButton(tr("Arrange…"), this);
    arrange->setObjectName(QStringLiteral("arrangeQuickKeys"));
    arrange->setFocusPolicy(Qt::NoFocus);
    auto* header = new QHBoxLayout;
    header->addWidget(title, 1);
    header->addWidget(arrange);

    auto* inner = new QWidget(this);
    m_grid = new QGridLayout(inner);
    m_grid->setContentsMargins(0, 0, 0, 0);
    m_empty = new QLabel(tr("No quick keys yet. A manager puts products on keys with “Arrange…”."), inner);
    m_empty->setObjectName(QStringLiteral("quickKeysEmpty"));
    m_empty->setWordWrap(true);
    m_grid->addWidget(m_empty, 0, 0, 1, kColumns);
    auto* scroll = new QScrollArea(this);
    scroll->setWidget(inner);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setFocusPolicy(Qt::NoFocus);
    // Two rows of keys show; more scroll, so the cart keeps its room at 1024x768.
    scroll->setMaximumHeight(2 * 64 + 12);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(header);
    layout->addWidget(scroll);
    connect(arrange, &QPushButton::clicked, this, &QuickKeyPanel::arrangeRequested);
}

void QuickKeyPanel::setKeys(const QList<QuickKey>& keys)
{
    qDeleteAll(m_buttons);
    m_buttons.clear();
    m_keys = keys;
    m_empty->setVisible(keys.isEmpty());
    for (const QuickKey& key : keys) {
        const QString price = key.openPrice ? tr("price at till") : yuan(key.priceMinor);
        const QString per = key.weighed && !key.unit.isEmpty() ? QStringLiteral("/%1").arg(key.unit) : QString();
        auto* b = new QPushButton(QStringLiteral("%1\n%2%3").arg(key.label, price, per), m_grid->parentWidget());
        b->setObjectName(QStringLiteral("quickKey%1").arg(key.position));
        b->setMinimumHeight(60);
        b->setFocusPolicy(Qt::NoFocus);  // pressing a key never takes focus from the scanner
        b->setEnabled(key.active);
        b->setToolTip(tr("%1 (SKU %2)").arg(key.name, key.sku));
        m_grid->addWidget(b, 1 + (key.position - 1) / kColumns, (key.position - 1) % kColumns);
        connect(b, &QPushButton::clicked, this, [this, key] { emit keyPressed(key); });
        m_buttons << b;
    }
}

QPushButton* QuickKeyPanel::button(int position) const
{
    for (int i = 0; i < m_keys.size(); ++i)
        if (m_keys[i].position == position)
            return m_buttons[i];
    return nullptr;
}

} // namespace patron::ui
