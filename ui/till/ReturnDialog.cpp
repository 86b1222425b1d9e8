#include "till/ReturnDialog.h"

#include "auth/Permissions.h"
#include "sales/Tender.h"
#include "sales/receipt/ReceiptTextRenderer.h"
#include "shell/TillSession.h"
#include "till/TillFormat.h"
#include "till/TillPrinter.h"
#include "till/TillPrompts.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace patron::ui {

namespace {

qint64 leftOf(const ReturnableLine& l) { return l.soldMilli - l.returnedMilli; }
bool isWeighed(const ReturnableLine& l) { return l.soldMilli % 1000 != 0; }

// The line's net in proportion to the quantity: a preview only, the stored allocation decides.
qint64 proportionalNet(const ReturnableLine& l, qint64 qtyMilli)
{
    return l.soldMilli == 0 ? 0 : l.netMinor * qtyMilli / l.soldMilli;
}

} // namespace

ReturnDialog::ReturnDialog(TillSession& session, TillPrompts& prompts, TillPrinter& printer, const QString& receiptNo,
                           const QList<ReturnableLine>& lines, QWidget* parent)
    : QDialog(parent), m_session(session), m_prompts(prompts), m_printer(printer), m_receiptNo(receiptNo),
      m_lines(lines)
{
    setObjectName(QStringLiteral("returnDialog"));
    setWindowTitle(tr("Return"));
    auto* outer = new QHBoxLayout(this);
    auto* left = new QVBoxLayout;
    outer->addLayout(left, 3);
    auto* title = new QLabel(tr("Return against receipt %1").arg(receiptNo), this);
    title->setObjectName(QStringLiteral("returnTitle"));
    title->setStyleSheet(QStringLiteral("font-size: 14pt; font-weight: bold;"));
    left->addWidget(title);
    // Only for another till's receipt: head office wants the total printed on it.
    m_totalRow = new QWidget(this);
    auto* totalLayout = new QVBoxLayout(m_totalRow);
    totalLayout->setContentsMargins(0, 0, 0, 0);
    auto* totalPrompt = new QLabel(tr("This receipt is from another store or till. Type the total printed on it: "
                                      "head office shows the sale only when the total matches."),
                                   m_totalRow);
    totalPrompt->setObjectName(QStringLiteral("receiptTotalPrompt"));
    totalPrompt->setWordWrap(true);
    totalLayout->addWidget(totalPrompt);
    auto* totalEntry = new QHBoxLayout;
    totalEntry->addWidget(new QLabel(tr("Receipt total:"), m_totalRow));
    m_total = new QLineEdit(m_totalRow);
    m_total->setObjectName(QStringLiteral("receiptTotal"));
    m_total->setPlaceholderText(tr("e.g. 36.00"));
    totalEntry->addWidget(m_total, 1);
    auto* lookUpButton = new QPushButton(tr("Look up"), m_totalRow);
    lookUpButton->setObjectName(QStringLiteral("lookUpReceipt"));
    totalEntry->addWidget(lookUpButton);
    totalLayout->addLayout(totalEntry);
    left->addWidget(m_totalRow);
    m_totalRow->hide();
    left->addWidget(new QLabel(tr("Tick the lines coming back and type how many."), this));
    m_table = new QTableWidget(this);
    m_table->setObjectName(QStringLiteral("returnLines"));
    m_table->setColumnCount(5);
    m_table->setHorizontalHeaderLabels({tr("Item"), tr("Sold"), tr("Returned"), tr("Return now"), tr("Refund")});
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(36);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(Item, QHeaderView::Stretch);
    left->addWidget(m_table, 1);
    auto* reasonRow = new QHBoxLayout;
    reasonRow->addWidget(new QLabel(tr("Reason:"), this));
    m_reason = new QComboBox(this);
    m_reason->setObjectName(QStringLiteral("returnReason"));
    m_reason->setEditable(true);
    m_reason->addItems({QString(), tr("Faulty"), tr("Wrong item"), tr("Customer changed their mind"), tr("Expired")});
    m_reason->setCurrentIndex(0);
    reasonRow->addWidget(m_reason, 1);
    left->addLayout(reasonRow);
    m_estimate = new QLabel(this);
    m_estimate->setObjectName(QStringLiteral("returnEstimate"));
    left->addWidget(m_estimate);
    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("returnError"));
    m_error->setProperty("role", QStringLiteral("error"));
    m_error->setWordWrap(true);
    // Room for three lines kept from the start: a wrapped label in a dialog's layout does not
    // always get its height-for-width, and head office's messages run to two or three lines.
    m_error->setMinimumHeight(m_error->fontMetrics().lineSpacing() * 3);
    m_error->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    left->addWidget(m_error);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_submit = buttons->addButton(tr("Refund"), QDialogButtonBox::ActionRole);
    m_submit->setObjectName(QStringLiteral("refund"));
    m_submit->setProperty("accent", true);
    left->addWidget(buttons);

    auto* right = new QVBoxLayout;
    outer->addLayout(right, 2);
    m_refunds = new QLabel(this);
    m_refunds->setObjectName(QStringLiteral("returnRefunds"));
    m_refunds->setStyleSheet(QStringLiteral("font-size: 13pt;"));
    right->addWidget(m_refunds);
    m_slip = new QPlainTextEdit(this);
    m_slip->setObjectName(QStringLiteral("returnSlip"));
    m_slip->setReadOnly(true);
    m_slip->setFont(QFont(QStringLiteral("Noto Sans Mono CJK SC"), 10));
    m_slip->setPlaceholderText(tr("The return slip appears here."));
    m_slip->setMinimumWidth(QFontMetrics(m_slip->font()).horizontalAdvance(QString(44, u'0')));
    right->addWidget(m_slip, 1);

    fillTable();
    connect(m_table, &QTableWidget::itemChanged, this, &ReturnDialog::updateEstimate);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_submit, &QPushButton::clicked, this, &ReturnDialog::submit);
    connect(lookUpButton, &QPushButton::clicked, this, &ReturnDialog::lookUp);
    connect(m_total, &QLineEdit::returnPressed, this, &ReturnDialog::lookUp);
    updateEstimate();
    // Room for long product names and the whole slip beside them at the till's 1024x768.
    resize(980, 640);
}

void ReturnDialog::fillTable()
{
    const QSignalBlocker block(m_table);
    m_table->setRowCount(int(m_lines.size()));
    for (int row = 0; row < m_lines.size(); ++row) {
        const ReturnableLine& l = m_lines[row];
        auto* name = new QTableWidgetItem(QStringLiteral("%1. %2").arg(l.lineNo).arg(l.name));
        name->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
        name->setCheckState(Qt::Unchecked);
        m_table->setItem(row, Item, name);
        auto fixed = [&](int col, const QString& text) {
            auto* item = new QTableWidgetItem(text);
            item->setFlags(Qt::ItemIsEnabled);
            item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            m_table->setItem(row, col, item);
        };
        fixed(Sold, quantityText(l.soldMilli, isWeighed(l)) + QLatin1Char(' ') + l.unit);
        fixed(Returned, quantityText(l.returnedMilli, isWeighed(l)));
        auto* qty = new QTableWidgetItem(quantityText(leftOf(l), isWeighed(l)));
        qty->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        qty->setFlags(leftOf(l) > 0 ? Qt::ItemIsEnabled | Qt::ItemIsEditable | Qt::ItemIsSelectable : Qt::NoItemFlags);
        m_table->setItem(row, Quantity, qty);
        fixed(Refund, QString());
        if (leftOf(l) <= 0)
            name->setFlags(Qt::NoItemFlags);  // nothing left to return
    }
}

void ReturnDialog::setLinesEnabled(bool enabled)
{
    m_table->setEnabled(enabled);
    m_reason->setEnabled(enabled);
}

void ReturnDialog::askReceiptTotal()
{
    m_totalRow->show();
    setLinesEnabled(false);
    m_submit->setEnabled(false);
    m_total->setFocus();
}

void ReturnDialog::lookUp()
{
    const auto total = parseYuan(m_total->text());
    if (!total || *total <= 0) {
        m_error->setText(tr("Type the receipt's total as printed on it, for example 36.00."));
        m_total->setFocus();
        return;
    }
    // Waits on head office off the UI thread (the session's runner), the window still painted.
    auto lines = m_session.returns().returnable(m_receiptNo, *total);
    if (!lines) {
        m_error->setText(lines.message());
        m_total->selectAll();
        m_total->setFocus();
        return;
    }
    m_error->clear();
    m_lines = *lines;
    m_totalRow->hide();
    setLinesEnabled(true);
    fillTable();
    updateEstimate();
}

void ReturnDialog::pick(int lineNo, qint64 qtyMilli)
{
    for (int row = 0; row < m_lines.size(); ++row)
        if (m_lines[row].lineNo == lineNo) {
            m_table->item(row, Quantity)->setText(quantityText(qtyMilli, isWeighed(m_lines[row])));
            m_table->item(row, Item)->setCheckState(Qt::Checked);
        }
}

qint64 ReturnDialog::estimatedRefundMinor() const
{
    qint64 total = 0;
    for (int row = 0; row < m_lines.size(); ++row) {
        if (m_table->item(row, Item)->checkState() != Qt::Checked)
            continue;
        const auto qty = parseQuantity(m_table->item(row, Quantity)->text());
        if (qty && *qty <= leftOf(m_lines[row]))
            total += proportionalNet(m_lines[row], *qty);
    }
    return total;
}

void ReturnDialog::updateEstimate()
{
    const QSignalBlocker block(m_table);
    int picked = 0;
    for (int row = 0; row < m_lines.size(); ++row) {
        const bool checked = m_table->item(row, Item)->checkState() == Qt::Checked;
        const auto qty = parseQuantity(m_table->item(row, Quantity)->text());
        const bool valid = qty && *qty <= leftOf(m_lines[row]);
        m_table->item(row, Refund)->setText(checked && valid ? yuan(proportionalNet(m_lines[row], *qty)) : QString());
        picked += checked ? 1 : 0;
    }
    m_estimate->setText(picked == 0 ? tr("No lines picked.")
                                    : tr("About %1 goes back to the original payments.").arg(yuan(estimatedRefundMinor())));
    m_submit->setEnabled(!m_result && picked > 0);
}

std::optional<QList<ReturnItem>> ReturnDialog::pickedItems()
{
    QList<ReturnItem> items;
    for (int row = 0; row < m_lines.size(); ++row) {
        if (m_table->item(row, Item)->checkState() != Qt::Checked)
            continue;
        const ReturnableLine& l = m_lines[row];
        const auto qty = parseQuantity(m_table->item(row, Quantity)->text());
        if (!qty || *qty > leftOf(l)) {
            m_error->setText(tr("Line %1: type a quantity from %2 to %3.")
                                 .arg(l.lineNo)
                                 .arg(quantityText(isWeighed(l) ? 1 : 1000, isWeighed(l)), quantityText(leftOf(l), isWeighed(l))));
            return std::nullopt;
        }
        items.append({l.lineNo, *qty});
    }
    if (items.isEmpty()) {
        m_error->setText(tr("Tick at least one line to return."));
        return std::nullopt;
    }
    return items;
}

void ReturnDialog::submit()
{
    if (m_result)
        return;  // one return per press: the dialog is done after the first
    const auto items = pickedItems();
    if (!items)
        return;
    const QString reason = m_reason->currentText().trimmed();
    if (reason.isEmpty()) {
        m_error->setText(tr("Choose or type a reason for the return."));
        m_reason->setFocus();
        return;
    }
    // A copy: the return may wait for head office, and the session's user must not be what it reads.
    const Session actor = *m_session.user();
    auto done = m_session.returns().returnSale(actor, m_receiptNo, *items, reason);
    if (!done && done.code() == ErrorCode::PermissionDenied) {
        const auto manager = m_prompts.managerOverride(this, m_session.users(), perm::Refund,
                                                       tr("Return against receipt %1").arg(m_receiptNo));
        if (!manager) {
            m_error->setText(done.message());
            return;
        }
        // The manager approves; the return is still the cashier's at the counter (their sales
        // report, their drawer), with the manager recorded as authorized_by.
        done = m_session.returns().returnSale(*manager, m_receiptNo, *items, reason, actor.userName);
    }
    if (!done) {
        m_error->setText(done.message());
        return;
    }
    m_result = *done;
    m_error->clear();
    showResult();
    emit returned(*m_result);
}

void ReturnDialog::showResult()
{
    QStringList parts;
    for (const RefundPart& p : m_result->refunds) {
        const auto kind = tenderFromCode(p.tender);
        const QString name = kind ? tenderDisplayName(*kind) : p.tender;
        parts << (p.points > 0 ? tr("%1: %2 points").arg(name).arg(p.points) : tr("%1: %2").arg(name, yuan(p.amountMinor)));
    }
    m_refunds->setText(tr("Refunded %1\n%2").arg(yuan(m_result->refundMinor), parts.join(u'\n')));
    m_submit->setEnabled(false);
    setLinesEnabled(false);
    auto slip = m_session.receipt(m_result->receiptNo, false);
    if (!slip) {
        m_error->setText(slip.message());
        return;
    }
    m_slip->setPlainText(ReceiptTextRenderer::renderText(*slip, 42));
    // The return stands whatever the printer does; the drawer opens only when cash goes back.
    m_printer.print(*slip, m_result->cashRefunded);
}

QString ReturnDialog::slipText() const { return m_slip->toPlainText(); }

} // namespace patron::ui
