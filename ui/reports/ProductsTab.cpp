#include "reports/ProductsTab.h"

#include <QLabel>
#include <QTableWidget>

namespace patron::ui {

ProductsTab::ProductsTab(QWidget* parent) : ReportTab(parent)
{
    setObjectName(QStringLiteral("productsTab"));
    m_months = new QLabel(this);
    m_months->setObjectName(QStringLiteral("rankedMonths"));
    const QStringList headers{tr("SKU"), tr("Product"), tr("Category"), tr("Quantity"), tr("Net sales")};
    m_top = makeTable(headers, QStringLiteral("topProducts"), this);
    m_bottom = makeTable(headers, QStringLiteral("bottomProducts"), this);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_months);
    layout->addWidget(new QLabel(tr("Best sellers"), this));
    layout->addWidget(m_top, 1);
    layout->addWidget(new QLabel(tr("Slowest sellers"), this));
    layout->addWidget(m_bottom, 1);
}

void ProductsTab::present(const ReportBundle& b)
{
    m_months->setText(tr("Ranked over whole months %1 to %2 (products are summed per month).")
                          .arg(b.months.firstKey(), b.months.lastKey()));
    auto rows = [&](const QList<ProductSales>& list) {
        QList<QStringList> out;
        for (const ProductSales& p : list)
            out << QStringList{p.sku, p.name, p.categoryPath, quantity(p.qtyMilli), money(p.netMinor, b.currency)};
        return out;
    };
    setRows(m_top, rows(b.top));
    setRows(m_bottom, rows(b.bottom));
}

QList<std::pair<QString, QTableWidget*>> ProductsTab::tables() const
{
    return {{QStringLiteral("top-products"), m_top}, {QStringLiteral("bottom-products"), m_bottom}};
}

QList<QWidget*> ProductsTab::printables() const { return {m_months, m_top, m_bottom}; }

} // namespace patron::ui
