#include "backoffice/PriceDraftTable.h"

#include "backoffice/ProductTableModel.h"
#include "money/Money.h"

#include <QHeaderView>

#include <algorithm>
#include <cstdlib>
#include <functional>

namespace patron::ui {

PriceDraftTable::PriceDraftTable(QString currency, QWidget* parent)
    : QTableWidget(0, ColumnCount, parent), m_currency(std::move(currency))
{
    setObjectName(QStringLiteral("draft"));
    setHorizontalHeaderLabels({tr("SKU"), tr("Name"), tr("Retail now"), tr("New retail"), tr("Member now"), tr("New member"),
                               tr("Clear member price"), tr("Effect")});
    setSelectionBehavior(QAbstractItemView::SelectRows);
    verticalHeader()->hide();
    horizontalHeader()->setStretchLastSection(true);
    // Prices are short and their headers long: each column as wide as its header or its values.
    for (int column = 0; column < Effect; ++column)
        horizontalHeader()->setSectionResizeMode(column, QHeaderView::ResizeToContents);
    connect(this, &QTableWidget::cellChanged, this, [this](int row, int column) {
        if (column == ClearMember)
            lockNewMember(row, clearsMember(row));
        if (column == NewRetail || column == NewMember || column == ClearMember) {
            updateEffect(row);
            emit draftChanged();
        }
    });
}

void PriceDraftTable::addProduct(const Product& product)
{
    for (int row = 0; row < m_products.size(); ++row)
        if (m_products[row].id == product.id) {
            selectRow(row);
            return;
        }
    const QSignalBlocker block(this);
    const int row = rowCount();
    insertRow(row);
    m_products.append(product);
    auto fixed = [](const QString& text) {
        auto* item = new QTableWidgetItem(text);
        item->setFlags(item->flags() & ~Qt::ItemIsEditable);
        return item;
    };
    setItem(row, Sku, fixed(product.sku));
    setItem(row, Name, fixed(product.name));
    setItem(row, Retail, fixed(ProductTableModel::formatMinor(product.priceMinor)));
    setItem(row, NewRetail, new QTableWidgetItem);
    setItem(row, Member, fixed(product.memberPriceMinor ? ProductTableModel::formatMinor(*product.memberPriceMinor) : QString()));
    setItem(row, NewMember, new QTableWidgetItem);
    // Only a product with a member price has one to remove: the others get no check box.
    auto* clear = new QTableWidgetItem;
    clear->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
    if (product.memberPriceMinor) {
        clear->setFlags(clear->flags() | Qt::ItemIsUserCheckable);
        clear->setCheckState(Qt::Unchecked);
    }
    setItem(row, ClearMember, clear);
    setItem(row, Effect, fixed(QString()));
    updateEffect(row);
    emit draftChanged();
}

void PriceDraftTable::removeSelected()
{
    QList<int> rows;
    for (const QModelIndex& i : selectionModel()->selectedRows())
        rows << i.row();
    std::sort(rows.begin(), rows.end(), std::greater<>());
    for (int row : rows) {
        removeRow(row);
        m_products.removeAt(row);
    }
    emit draftChanged();
}

void PriceDraftTable::clearLines()
{
    setRowCount(0);
    m_products.clear();
    emit draftChanged();
}

std::optional<qint64> PriceDraftTable::cellMoney(int row, int column, bool* ok) const
{
    const QString text = item(row, column) ? item(row, column)->text().trimmed() : QString();
    *ok = true;
    if (text.isEmpty())
        return std::nullopt;
    auto m = Money::parse(text, m_currency);
    if (!m || m->isNegative()) {
        *ok = false;
        return std::nullopt;
    }
    return m->minor();
}

QList<PriceChangeRequest> PriceDraftTable::requests(QString* error) const
{
    QList<PriceChangeRequest> out;
    for (int row = 0; row < rowCount(); ++row) {
        bool retailOk = true, memberOk = true;
        PriceChangeRequest r;
        r.skuOrCode = m_products[row].sku;
        r.retailMinor = cellMoney(row, NewRetail, &retailOk);
        if (clearsMember(row))
            r.memberPriceMinor.emplace(std::nullopt);  // set, to nothing: the member price goes
        else if (auto member = cellMoney(row, NewMember, &memberOk))
            r.memberPriceMinor = std::optional<qint64>(*member);
        if (!retailOk || !memberOk) {
            *error = tr("%1: \"%2\" is not an amount of money, e.g. 12.50.")
                         .arg(r.skuOrCode, item(row, retailOk ? NewMember : NewRetail)->text());
            return {};
        }
        out << r;
    }
    return out;
}

QString PriceDraftTable::percentChange(qint64 from, qint64 to)
{
    if (from == 0)
        return QString();
    // Tenths of a percent, rounded half away from zero, in integers.
    const qint64 scaled = (to - from) * 2000 / from;
    const qint64 tenths = (scaled + (scaled >= 0 ? 1 : -1)) / 2;
    const qint64 whole = std::abs(tenths) / 10;
    return QStringLiteral("%1%2.%3%").arg(QChar(tenths >= 0 ? u'+' : u'-')).arg(whole).arg(std::abs(tenths) % 10);
}

void PriceDraftTable::updateEffect(int row)
{
    const Product& p = m_products[row];
    bool retailOk = true, memberOk = true;
    const auto retail = cellMoney(row, NewRetail, &retailOk);
    const auto member = cellMoney(row, NewMember, &memberOk);
    QString effect;
    if (!retailOk || !memberOk)
        effect = tr("not an amount");
    else if (!retail && !member && !clearsMember(row))
        effect = tr("no change");
    else {
        QStringList parts;
        if (retail)
            parts << tr("retail %1 → %2 (%3)")
                         .arg(ProductTableModel::formatMinor(p.priceMinor), ProductTableModel::formatMinor(*retail),
                              percentChange(p.priceMinor, *retail));
        if (clearsMember(row))
            parts << tr("member price removed");
        else if (member)
            parts << tr("member %1").arg(ProductTableModel::formatMinor(*member));
        const qint64 newRetail = retail.value_or(p.priceMinor);
        const std::optional<qint64> newMember = clearsMember(row) ? std::nullopt : member ? member : p.memberPriceMinor;
        if (newMember && *newMember > newRetail)
            parts << tr("member price above retail!");
        effect = parts.join(QStringLiteral("; "));
    }
    const QSignalBlocker block(this);
    item(row, Effect)->setText(effect);
}

bool PriceDraftTable::clearsMember(int row) const
{
    const QTableWidgetItem* cell = item(row, ClearMember);
    return cell && (cell->flags() & Qt::ItemIsUserCheckable) && cell->checkState() == Qt::Checked;
}

void PriceDraftTable::lockNewMember(int row, bool locked)
{
    const QSignalBlocker block(this);
    QTableWidgetItem* cell = item(row, NewMember);
    if (locked)
        cell->setText(QString());
    cell->setFlags(locked ? cell->flags() & ~Qt::ItemIsEditable : cell->flags() | Qt::ItemIsEditable);
}

int PriceDraftTable::raises() const
{
    int n = 0;
    for (int row = 0; row < rowCount(); ++row) {
        bool ok = true;
        if (auto r = cellMoney(row, NewRetail, &ok); ok && r && *r > m_products[row].priceMinor)
            ++n;
    }
    return n;
}

int PriceDraftTable::cuts() const
{
    int n = 0;
    for (int row = 0; row < rowCount(); ++row) {
        bool ok = true;
        if (auto r = cellMoney(row, NewRetail, &ok); ok && r && *r < m_products[row].priceMinor)
            ++n;
    }
    return n;
}

} // namespace patron::ui
