#include "till/CustomerDisplay.h"

#include <QHeaderView>
#include <QLabel>
#include <QScreen>
#include <QTableView>
#include <QVBoxLayout>

namespace patron::ui {

CustomerDisplay::CustomerDisplay(QAbstractItemModel* cartModel, QWidget* parent)
    : QWidget(parent, Qt::Window | Qt::FramelessWindowHint | Qt::WindowDoesNotAcceptFocus)
{
    setObjectName(QStringLiteral("customerDisplay"));
    // The customer's window never takes the keyboard: the scanner types into the till's window.
    setAttribute(Qt::WA_ShowWithoutActivating);
    setWindowTitle(tr("Customer display"));
    auto* layout = new QVBoxLayout(this);
    m_greeting = new QLabel(this);
    m_greeting->setStyleSheet(QStringLiteral("font-size: 20pt;"));
    layout->addWidget(m_greeting);
    auto* table = new QTableView(this);
    table->setObjectName(QStringLiteral("customerCart"));
    table->setModel(cartModel);
    table->verticalHeader()->hide();
    table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    table->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    table->setFocusPolicy(Qt::NoFocus);
    table->setStyleSheet(QStringLiteral("font-size: 18pt;"));
    layout->addWidget(table, 1);
    m_total = new QLabel(this);
    m_total->setObjectName(QStringLiteral("customerTotal"));
    m_total->setAlignment(Qt::AlignRight);
    m_total->setStyleSheet(QStringLiteral("font-size: 40pt; font-weight: bold; color: #c62828;"));
    layout->addWidget(m_total);
}

void CustomerDisplay::showOn(QScreen* screen)
{
    setScreen(screen);
    setGeometry(screen->geometry());
    showFullScreen();
}

void CustomerDisplay::setTotal(const QString& total, const QString& greeting)
{
    m_total->setText(total);
    m_greeting->setText(greeting);
}

} // namespace patron::ui
