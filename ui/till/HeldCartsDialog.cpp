#include "till/HeldCartsDialog.h"

#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace patron::ui {

HeldCartsDialog::HeldCartsDialog(const QList<Cart>& held, QWidget* parent) : QDialog(parent), m_held(held)
{
    setObjectName(QStringLiteral("heldCartsDialog"));
    setWindowTitle(tr("Held carts"));
    auto* layout = new QVBoxLayout(this);
    m_list = new QListWidget(this);
    m_list->setObjectName(QStringLiteral("heldList"));
    for (const Cart& c : m_held) {
        QStringList names;
        for (const CartLine& l : c.lines.mid(0, 3))
            names << l.name;
        m_list->addItem(tr("%1 · %n line(s) · %2", nullptr, int(c.lines.size()))
                            .arg(c.updatedAt.left(16), names.join(QStringLiteral("、")))
                        + (c.holdNote.isEmpty() ? QString() : QStringLiteral(" · ") + c.holdNote));
    }
    m_list->setCurrentRow(0);
    layout->addWidget(m_list, 1);
    auto* resume = new QPushButton(tr("Resume"), this);
    resume->setObjectName(QStringLiteral("resume"));
    resume->setProperty("accent", true);
    resume->setMinimumHeight(52);
    layout->addWidget(resume);
    connect(resume, &QPushButton::clicked, this, [this] { resumeRow(m_list->currentRow()); });
    connect(m_list, &QListWidget::itemActivated, this, [this] { resumeRow(m_list->currentRow()); });
}

void HeldCartsDialog::resumeRow(int row)
{
    if (row < 0 || row >= m_held.size())
        return;
    emit resumeRequested(m_held[row].uuid);
    accept();
}

} // namespace patron::ui
