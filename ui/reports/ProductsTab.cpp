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
    m_topTitle = new QLabel(tr("Best sellers"), this);
    m_topTitle->setObjectName(QStringLiteral("topTitle"));
    m_bottomTitle = new QLabel(tr("Slowest sellers"), this);
    m_bottomTitle->setObjectName(QStringLiteral("bottomTitle"));
    layout->addWidget(m_topTitle);
    layout->addWidget(m_top, 1);
    layout->addWidget(m_bottomTitle);
    layout->addWidget(m_bottom, 1);
}

void ProductsTab::present(const ReportBundle& b)
{
    const bool compare = b.request.compare;
    QString months = tr("Ranked over whole months %1 to %2 (products are summed per month).")
                         .arg(b.months.firstKey(), b.months.lastKey());
    if (compare)
        months += u' ' + tr("Compared with %1 to %2.").arg(b.previousMonths.firstKey(), b.previousMonths.lastKey());
    m_months->setText(months);
    m_topTitle->setText(tr("Best sellers (top %1)").arg(b.request.topLimit));
    m_bottomTitle->setText(tr("Slowest sellers (bottom %1)").arg(b.request.topLimit));
    auto rows = [&](const QList<ProductSales>& list) {
        QList<QStringList> out;
        for (const ProductSales& p : list) {
            QStringList row{p.sku, p.name, p.categoryPath, quantity(p.qtyMilli), money(p.netMinor, b.currency)};
            if (compare) {
                const qint64 before = b.previousProducts.value(p.productId).netMinor;
                row << money(before, b.currency) << change(p.netMinor, before);
            }
            out << row;
        }
        return out;
    };
    const QStringList headers{tr("SKU"), tr("Product"), tr("Category"), tr("Quantity"), tr("Net sales")};
    const QStringList compared{tr("Previous net sales"), tr("Change %")};
    setHeaders(m_top, headers, compared, compare);
    setHeaders(m_bottom, headers, compared, compare);
    setRows(m_top, rows(b.top));
    setRows(m_bottom, rows(b.bottom));
}

QList<ReportTab::ExportTable> ProductsTab::tables() const
{
    return {{QStringLiteral("top-products"), tr("Top products"), m_top}, {QStringLiteral("bottom-products"), tr("Bottom products"), m_bottom}};
}

QList<QWidget*> ProductsTab::printables() const { return {m_months, m_top, m_bottom}; }

} // namespace patron::ui
