# Generated from ui/reports_page.ui by tools/build_forms.py (pyside6-uic): do not edit.
# Edit the .ui file with pyside6-designer, then run `make forms`.
# mypy: ignore-errors
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'reports_page.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import QCoreApplication, QMetaObject, Qt
from PySide6.QtWidgets import QAbstractItemView, QComboBox, QGroupBox, QHBoxLayout, QLabel, QLineEdit, QPushButton, QSizePolicy, QSpacerItem, QSplitter, QTabWidget, QTableView, QTreeView, QVBoxLayout, QWidget

class Ui_ReportsPage(object):
    def setupUi(self, ReportsPage: QWidget) -> None:
        if not ReportsPage.objectName():
            ReportsPage.setObjectName(u"ReportsPage")
        ReportsPage.resize(1100, 640)
        self.pageLayout = QVBoxLayout(ReportsPage)
        self.pageLayout.setObjectName(u"pageLayout")
        self.titleLabel = QLabel(ReportsPage)
        self.titleLabel.setObjectName(u"titleLabel")

        self.pageLayout.addWidget(self.titleLabel)

        self.campaignRow = QHBoxLayout()
        self.campaignRow.setObjectName(u"campaignRow")
        self.campaignLabel = QLabel(ReportsPage)
        self.campaignLabel.setObjectName(u"campaignLabel")

        self.campaignRow.addWidget(self.campaignLabel)

        self.campaignCombo = QComboBox(ReportsPage)
        self.campaignCombo.setObjectName(u"campaignCombo")
        self.campaignCombo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.campaignCombo.setMinimumContentsLength(30)

        self.campaignRow.addWidget(self.campaignCombo)

        self.campaignRow.setStretch(1, 1)

        self.pageLayout.addLayout(self.campaignRow)

        self.splitter = QSplitter(ReportsPage)
        self.splitter.setObjectName(u"splitter")
        self.splitter.setOrientation(Qt.Orientation.Horizontal)
        self.splitter.setChildrenCollapsible(False)
        self.reportTabs = QTabWidget(self.splitter)
        self.reportTabs.setObjectName(u"reportTabs")
        self.inspectionsTab = QWidget()
        self.inspectionsTab.setObjectName(u"inspectionsTab")
        self.inspectionsLayout = QVBoxLayout(self.inspectionsTab)
        self.inspectionsLayout.setObjectName(u"inspectionsLayout")
        self.inspectionFilterRow = QHBoxLayout()
        self.inspectionFilterRow.setObjectName(u"inspectionFilterRow")
        self.inspectionFilterLabel = QLabel(self.inspectionsTab)
        self.inspectionFilterLabel.setObjectName(u"inspectionFilterLabel")

        self.inspectionFilterRow.addWidget(self.inspectionFilterLabel)

        self.inspectionFilterEdit = QLineEdit(self.inspectionsTab)
        self.inspectionFilterEdit.setObjectName(u"inspectionFilterEdit")
        self.inspectionFilterEdit.setClearButtonEnabled(True)

        self.inspectionFilterRow.addWidget(self.inspectionFilterEdit)


        self.inspectionsLayout.addLayout(self.inspectionFilterRow)

        self.inspectionsTable = QTableView(self.inspectionsTab)
        self.inspectionsTable.setObjectName(u"inspectionsTable")
        self.inspectionsTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.inspectionsTable.setAlternatingRowColors(True)
        self.inspectionsTable.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.inspectionsTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)

        self.inspectionsLayout.addWidget(self.inspectionsTable)

        self.minutesRow = QHBoxLayout()
        self.minutesRow.setObjectName(u"minutesRow")
        self.inspectionCountLabel = QLabel(self.inspectionsTab)
        self.inspectionCountLabel.setObjectName(u"inspectionCountLabel")

        self.minutesRow.addWidget(self.inspectionCountLabel)

        self.minutesSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.minutesRow.addItem(self.minutesSpacer)

        self.minutesButton = QPushButton(self.inspectionsTab)
        self.minutesButton.setObjectName(u"minutesButton")

        self.minutesRow.addWidget(self.minutesButton)


        self.inspectionsLayout.addLayout(self.minutesRow)

        self.wholeGroup = QGroupBox(self.inspectionsTab)
        self.wholeGroup.setObjectName(u"wholeGroup")
        self.wholeLayout = QVBoxLayout(self.wholeGroup)
        self.wholeLayout.setObjectName(u"wholeLayout")
        self.archiveButton = QPushButton(self.wholeGroup)
        self.archiveButton.setObjectName(u"archiveButton")

        self.wholeLayout.addWidget(self.archiveButton)

        self.summaryButton = QPushButton(self.wholeGroup)
        self.summaryButton.setObjectName(u"summaryButton")

        self.wholeLayout.addWidget(self.summaryButton)

        self.excelButton = QPushButton(self.wholeGroup)
        self.excelButton.setObjectName(u"excelButton")

        self.wholeLayout.addWidget(self.excelButton)


        self.inspectionsLayout.addWidget(self.wholeGroup)

        self.reportTabs.addTab(self.inspectionsTab, "")
        self.staffTab = QWidget()
        self.staffTab.setObjectName(u"staffTab")
        self.staffLayout = QVBoxLayout(self.staffTab)
        self.staffLayout.setObjectName(u"staffLayout")
        self.staffSearchRow = QHBoxLayout()
        self.staffSearchRow.setObjectName(u"staffSearchRow")
        self.staffSearchLabel = QLabel(self.staffTab)
        self.staffSearchLabel.setObjectName(u"staffSearchLabel")

        self.staffSearchRow.addWidget(self.staffSearchLabel)

        self.staffSearchEdit = QLineEdit(self.staffTab)
        self.staffSearchEdit.setObjectName(u"staffSearchEdit")
        self.staffSearchEdit.setClearButtonEnabled(True)

        self.staffSearchRow.addWidget(self.staffSearchEdit)


        self.staffLayout.addLayout(self.staffSearchRow)

        self.staffTable = QTableView(self.staffTab)
        self.staffTable.setObjectName(u"staffTable")
        self.staffTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.staffTable.setAlternatingRowColors(True)
        self.staffTable.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.staffTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)

        self.staffLayout.addWidget(self.staffTable)

        self.historyRow = QHBoxLayout()
        self.historyRow.setObjectName(u"historyRow")
        self.staffCountLabel = QLabel(self.staffTab)
        self.staffCountLabel.setObjectName(u"staffCountLabel")

        self.historyRow.addWidget(self.staffCountLabel)

        self.historySpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.historyRow.addItem(self.historySpacer)

        self.historyButton = QPushButton(self.staffTab)
        self.historyButton.setObjectName(u"historyButton")

        self.historyRow.addWidget(self.historyButton)


        self.staffLayout.addLayout(self.historyRow)

        self.reportTabs.addTab(self.staffTab, "")
        self.unitTab = QWidget()
        self.unitTab.setObjectName(u"unitTab")
        self.unitLayout = QVBoxLayout(self.unitTab)
        self.unitLayout.setObjectName(u"unitLayout")
        self.unitFilterRow = QHBoxLayout()
        self.unitFilterRow.setObjectName(u"unitFilterRow")
        self.unitFilterLabel = QLabel(self.unitTab)
        self.unitFilterLabel.setObjectName(u"unitFilterLabel")

        self.unitFilterRow.addWidget(self.unitFilterLabel)

        self.unitFilterEdit = QLineEdit(self.unitTab)
        self.unitFilterEdit.setObjectName(u"unitFilterEdit")
        self.unitFilterEdit.setClearButtonEnabled(True)

        self.unitFilterRow.addWidget(self.unitFilterEdit)


        self.unitLayout.addLayout(self.unitFilterRow)

        self.unitTree = QTreeView(self.unitTab)
        self.unitTree.setObjectName(u"unitTree")
        self.unitTree.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.unitTree.setAlternatingRowColors(True)
        self.unitTree.setUniformRowHeights(True)

        self.unitLayout.addWidget(self.unitTree)

        self.scorecardRow = QHBoxLayout()
        self.scorecardRow.setObjectName(u"scorecardRow")
        self.scorecardSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.scorecardRow.addItem(self.scorecardSpacer)

        self.scorecardButton = QPushButton(self.unitTab)
        self.scorecardButton.setObjectName(u"scorecardButton")

        self.scorecardRow.addWidget(self.scorecardButton)


        self.unitLayout.addLayout(self.scorecardRow)

        self.reportTabs.addTab(self.unitTab, "")
        self.splitter.addWidget(self.reportTabs)
        self.previewHost = QWidget(self.splitter)
        self.previewHost.setObjectName(u"previewHost")
        self.previewHostLayout = QVBoxLayout(self.previewHost)
        self.previewHostLayout.setObjectName(u"previewHostLayout")
        self.previewHostLayout.setContentsMargins(6, 0, 0, 0)
        self.splitter.addWidget(self.previewHost)

        self.pageLayout.addWidget(self.splitter)

        self.pageLayout.setStretch(2, 1)
#if QT_CONFIG(shortcut)
        self.campaignLabel.setBuddy(self.campaignCombo)
        self.inspectionFilterLabel.setBuddy(self.inspectionFilterEdit)
        self.staffSearchLabel.setBuddy(self.staffSearchEdit)
        self.unitFilterLabel.setBuddy(self.unitFilterEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.campaignCombo, self.reportTabs)
        QWidget.setTabOrder(self.reportTabs, self.inspectionFilterEdit)
        QWidget.setTabOrder(self.inspectionFilterEdit, self.inspectionsTable)
        QWidget.setTabOrder(self.inspectionsTable, self.minutesButton)
        QWidget.setTabOrder(self.minutesButton, self.archiveButton)
        QWidget.setTabOrder(self.archiveButton, self.summaryButton)
        QWidget.setTabOrder(self.summaryButton, self.excelButton)
        QWidget.setTabOrder(self.excelButton, self.staffSearchEdit)
        QWidget.setTabOrder(self.staffSearchEdit, self.staffTable)
        QWidget.setTabOrder(self.staffTable, self.historyButton)
        QWidget.setTabOrder(self.historyButton, self.unitFilterEdit)
        QWidget.setTabOrder(self.unitFilterEdit, self.unitTree)
        QWidget.setTabOrder(self.unitTree, self.scorecardButton)

        self.retranslateUi(ReportsPage)

        self.reportTabs.setCurrentIndex(0)


        QMetaObject.connectSlotsByName(ReportsPage)
    # setupUi

    def retranslateUi(self, ReportsPage: QWidget) -> None:
#if QT_CONFIG(accessibility)
        ReportsPage.setAccessibleName(QCoreApplication.translate("ReportsPage", u"Reports", None))
#endif // QT_CONFIG(accessibility)
        self.titleLabel.setText(QCoreApplication.translate("ReportsPage", u"Reports", None))
        self.campaignLabel.setText(QCoreApplication.translate("ReportsPage", u"&Campaign:", None))
#if QT_CONFIG(accessibility)
        self.campaignCombo.setAccessibleName(QCoreApplication.translate("ReportsPage", u"Campaign", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.reportTabs.setAccessibleName(QCoreApplication.translate("ReportsPage", u"What to print", None))
#endif // QT_CONFIG(accessibility)
        self.inspectionFilterLabel.setText(QCoreApplication.translate("ReportsPage", u"Fin&d:", None))
#if QT_CONFIG(accessibility)
        self.inspectionFilterEdit.setAccessibleName(QCoreApplication.translate("ReportsPage", u"Find an inspection by unit or number", None))
#endif // QT_CONFIG(accessibility)
        self.inspectionFilterEdit.setPlaceholderText(QCoreApplication.translate("ReportsPage", u"Unit, number or date", None))
#if QT_CONFIG(accessibility)
        self.inspectionsTable.setAccessibleName(QCoreApplication.translate("ReportsPage", u"Inspections of the campaign", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.inspectionCountLabel.setAccessibleName(QCoreApplication.translate("ReportsPage", u"Number of inspections", None))
#endif // QT_CONFIG(accessibility)
        self.minutesButton.setText(QCoreApplication.translate("ReportsPage", u"Preview the &minutes", None))
        self.wholeGroup.setTitle(QCoreApplication.translate("ReportsPage", u"The whole campaign", None))
#if QT_CONFIG(tooltip)
        self.archiveButton.setToolTip(QCoreApplication.translate("ReportsPage", u"Every minutes of the campaign in one PDF, for the archive", None))
#endif // QT_CONFIG(tooltip)
        self.archiveButton.setText(QCoreApplication.translate("ReportsPage", u"&All minutes in one file", None))
#if QT_CONFIG(tooltip)
        self.summaryButton.setToolTip(QCoreApplication.translate("ReportsPage", u"The report to the leaders: rates by unit, comparison with the previous campaign, repeat offenders, overdue actions", None))
#endif // QT_CONFIG(tooltip)
        self.summaryButton.setText(QCoreApplication.translate("ReportsPage", u"Campaign &summary", None))
#if QT_CONFIG(tooltip)
        self.excelButton.setToolTip(QCoreApplication.translate("ReportsPage", u"The summary and every inspection as an Excel workbook", None))
#endif // QT_CONFIG(tooltip)
        self.excelButton.setText(QCoreApplication.translate("ReportsPage", u"E&xport to Excel", None))
        self.reportTabs.setTabText(self.reportTabs.indexOf(self.inspectionsTab), QCoreApplication.translate("ReportsPage", u"&Inspections", None))
        self.staffSearchLabel.setText(QCoreApplication.translate("ReportsPage", u"Fin&d a person:", None))
#if QT_CONFIG(accessibility)
        self.staffSearchEdit.setAccessibleName(QCoreApplication.translate("ReportsPage", u"Find a person by name or code", None))
#endif // QT_CONFIG(accessibility)
        self.staffSearchEdit.setPlaceholderText(QCoreApplication.translate("ReportsPage", u"Name or code, with or without accents", None))
#if QT_CONFIG(accessibility)
        self.staffTable.setAccessibleName(QCoreApplication.translate("ReportsPage", u"People found", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.staffCountLabel.setAccessibleName(QCoreApplication.translate("ReportsPage", u"Number of people found", None))
#endif // QT_CONFIG(accessibility)
        self.historyButton.setText(QCoreApplication.translate("ReportsPage", u"Sho&w the history", None))
        self.reportTabs.setTabText(self.reportTabs.indexOf(self.staffTab), QCoreApplication.translate("ReportsPage", u"Staff histor&y", None))
        self.unitFilterLabel.setText(QCoreApplication.translate("ReportsPage", u"Fin&d a unit:", None))
#if QT_CONFIG(accessibility)
        self.unitFilterEdit.setAccessibleName(QCoreApplication.translate("ReportsPage", u"Find a unit", None))
#endif // QT_CONFIG(accessibility)
        self.unitFilterEdit.setPlaceholderText(QCoreApplication.translate("ReportsPage", u"Type to find a unit", None))
#if QT_CONFIG(accessibility)
        self.unitTree.setAccessibleName(QCoreApplication.translate("ReportsPage", u"Units", None))
#endif // QT_CONFIG(accessibility)
        self.scorecardButton.setText(QCoreApplication.translate("ReportsPage", u"Sho&w the scorecard", None))
        self.reportTabs.setTabText(self.reportTabs.indexOf(self.unitTab), QCoreApplication.translate("ReportsPage", u"&Unit scorecard", None))
#if QT_CONFIG(accessibility)
        self.previewHost.setAccessibleName(QCoreApplication.translate("ReportsPage", u"Preview", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

