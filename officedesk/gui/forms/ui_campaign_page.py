# Generated from ui/campaign_page.ui by tools/build_forms.py (pyside6-uic): do not edit.
# Edit the .ui file with pyside6-designer, then run `make forms`.
# mypy: ignore-errors
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'campaign_page.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import QCoreApplication, QMetaObject, QSize, Qt
from PySide6.QtWidgets import QAbstractItemView, QFrame, QHBoxLayout, QLabel, QProgressBar, QPushButton, QSizePolicy, QSpacerItem, QSplitter, QTabWidget, QTableView, QVBoxLayout, QWidget

class Ui_CampaignPage(object):
    def setupUi(self, CampaignPage: QWidget) -> None:
        if not CampaignPage.objectName():
            CampaignPage.setObjectName(u"CampaignPage")
        CampaignPage.resize(1120, 660)
        self.pageLayout = QVBoxLayout(CampaignPage)
        self.pageLayout.setObjectName(u"pageLayout")
        self.headerRow = QHBoxLayout()
        self.headerRow.setObjectName(u"headerRow")
        self.titleLabel = QLabel(CampaignPage)
        self.titleLabel.setObjectName(u"titleLabel")

        self.headerRow.addWidget(self.titleLabel)

        self.headerSpacer = QSpacerItem(20, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.headerRow.addItem(self.headerSpacer)

        self.newButton = QPushButton(CampaignPage)
        self.newButton.setObjectName(u"newButton")

        self.headerRow.addWidget(self.newButton)

        self.editButton = QPushButton(CampaignPage)
        self.editButton.setObjectName(u"editButton")

        self.headerRow.addWidget(self.editButton)

        self.refreshButton = QPushButton(CampaignPage)
        self.refreshButton.setObjectName(u"refreshButton")

        self.headerRow.addWidget(self.refreshButton)


        self.pageLayout.addLayout(self.headerRow)

        self.splitter = QSplitter(CampaignPage)
        self.splitter.setObjectName(u"splitter")
        self.splitter.setOrientation(Qt.Orientation.Vertical)
        self.splitter.setChildrenCollapsible(False)
        self.campaignView = QTableView(self.splitter)
        self.campaignView.setObjectName(u"campaignView")
        self.campaignView.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.campaignView.setTabKeyNavigation(False)
        self.campaignView.setAlternatingRowColors(True)
        self.campaignView.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.campaignView.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.campaignView.setWordWrap(False)
        self.splitter.addWidget(self.campaignView)
        self.campaignView.verticalHeader().setVisible(False)
        self.dashboard = QWidget(self.splitter)
        self.dashboard.setObjectName(u"dashboard")
        self.dashboardLayout = QVBoxLayout(self.dashboard)
        self.dashboardLayout.setObjectName(u"dashboardLayout")
        self.dashboardLayout.setContentsMargins(0, 0, 0, 0)
        self.emptyLabel = QLabel(self.dashboard)
        self.emptyLabel.setObjectName(u"emptyLabel")
        self.emptyLabel.setWordWrap(True)

        self.dashboardLayout.addWidget(self.emptyLabel)

        self.campaignTitle = QLabel(self.dashboard)
        self.campaignTitle.setObjectName(u"campaignTitle")
        self.campaignTitle.setWordWrap(True)
        self.campaignTitle.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.dashboardLayout.addWidget(self.campaignTitle)

        self.progressRow = QHBoxLayout()
        self.progressRow.setObjectName(u"progressRow")
        self.progressLabel = QLabel(self.dashboard)
        self.progressLabel.setObjectName(u"progressLabel")

        self.progressRow.addWidget(self.progressLabel)

        self.progressBar = QProgressBar(self.dashboard)
        self.progressBar.setObjectName(u"progressBar")
        self.progressBar.setMaximum(1)
        self.progressBar.setValue(0)
        self.progressBar.setMinimumSize(QSize(200, 0))
        self.progressBar.setMaximumSize(QSize(360, 16777215))

        self.progressRow.addWidget(self.progressBar)

        self.peopleLabel = QLabel(self.dashboard)
        self.peopleLabel.setObjectName(u"peopleLabel")
        self.peopleLabel.setWordWrap(True)

        self.progressRow.addWidget(self.peopleLabel)

        self.progressRow.setStretch(2, 1)

        self.dashboardLayout.addLayout(self.progressRow)

        self.countersRow = QHBoxLayout()
        self.countersRow.setObjectName(u"countersRow")
        self.lateBox = QFrame(self.dashboard)
        self.lateBox.setObjectName(u"lateBox")
        self.lateBox.setFrameShape(QFrame.Shape.StyledPanel)
        self.lateLayout = QVBoxLayout(self.lateBox)
        self.lateLayout.setSpacing(0)
        self.lateLayout.setObjectName(u"lateLayout")
        self.lateLayout.setContentsMargins(10, 4, 10, 6)
        self.lateValue = QLabel(self.lateBox)
        self.lateValue.setObjectName(u"lateValue")
        self.lateValue.setText(u"0")

        self.lateLayout.addWidget(self.lateValue)

        self.lateCaption = QLabel(self.lateBox)
        self.lateCaption.setObjectName(u"lateCaption")
        self.lateCaption.setWordWrap(True)

        self.lateLayout.addWidget(self.lateCaption)


        self.countersRow.addWidget(self.lateBox)

        self.unexcusedBox = QFrame(self.dashboard)
        self.unexcusedBox.setObjectName(u"unexcusedBox")
        self.unexcusedBox.setFrameShape(QFrame.Shape.StyledPanel)
        self.unexcusedLayout = QVBoxLayout(self.unexcusedBox)
        self.unexcusedLayout.setSpacing(0)
        self.unexcusedLayout.setObjectName(u"unexcusedLayout")
        self.unexcusedLayout.setContentsMargins(10, 4, 10, 6)
        self.unexcusedValue = QLabel(self.unexcusedBox)
        self.unexcusedValue.setObjectName(u"unexcusedValue")
        self.unexcusedValue.setText(u"0")

        self.unexcusedLayout.addWidget(self.unexcusedValue)

        self.unexcusedCaption = QLabel(self.unexcusedBox)
        self.unexcusedCaption.setObjectName(u"unexcusedCaption")
        self.unexcusedCaption.setWordWrap(True)

        self.unexcusedLayout.addWidget(self.unexcusedCaption)


        self.countersRow.addWidget(self.unexcusedBox)

        self.leftPostBox = QFrame(self.dashboard)
        self.leftPostBox.setObjectName(u"leftPostBox")
        self.leftPostBox.setFrameShape(QFrame.Shape.StyledPanel)
        self.leftPostLayout = QVBoxLayout(self.leftPostBox)
        self.leftPostLayout.setSpacing(0)
        self.leftPostLayout.setObjectName(u"leftPostLayout")
        self.leftPostLayout.setContentsMargins(10, 4, 10, 6)
        self.leftPostValue = QLabel(self.leftPostBox)
        self.leftPostValue.setObjectName(u"leftPostValue")
        self.leftPostValue.setText(u"0")

        self.leftPostLayout.addWidget(self.leftPostValue)

        self.leftPostCaption = QLabel(self.leftPostBox)
        self.leftPostCaption.setObjectName(u"leftPostCaption")
        self.leftPostCaption.setWordWrap(True)

        self.leftPostLayout.addWidget(self.leftPostCaption)


        self.countersRow.addWidget(self.leftPostBox)

        self.emptyPostsBox = QFrame(self.dashboard)
        self.emptyPostsBox.setObjectName(u"emptyPostsBox")
        self.emptyPostsBox.setFrameShape(QFrame.Shape.StyledPanel)
        self.emptyPostsLayout = QVBoxLayout(self.emptyPostsBox)
        self.emptyPostsLayout.setSpacing(0)
        self.emptyPostsLayout.setObjectName(u"emptyPostsLayout")
        self.emptyPostsLayout.setContentsMargins(10, 4, 10, 6)
        self.emptyPostsValue = QLabel(self.emptyPostsBox)
        self.emptyPostsValue.setObjectName(u"emptyPostsValue")
        self.emptyPostsValue.setText(u"0")

        self.emptyPostsLayout.addWidget(self.emptyPostsValue)

        self.emptyPostsCaption = QLabel(self.emptyPostsBox)
        self.emptyPostsCaption.setObjectName(u"emptyPostsCaption")
        self.emptyPostsCaption.setWordWrap(True)

        self.emptyPostsLayout.addWidget(self.emptyPostsCaption)


        self.countersRow.addWidget(self.emptyPostsBox)

        self.rateBox = QFrame(self.dashboard)
        self.rateBox.setObjectName(u"rateBox")
        self.rateBox.setFrameShape(QFrame.Shape.StyledPanel)
        self.rateLayout = QVBoxLayout(self.rateBox)
        self.rateLayout.setSpacing(0)
        self.rateLayout.setObjectName(u"rateLayout")
        self.rateLayout.setContentsMargins(10, 4, 10, 6)
        self.rateValue = QLabel(self.rateBox)
        self.rateValue.setObjectName(u"rateValue")
        self.rateValue.setText(u"0,00 %")

        self.rateLayout.addWidget(self.rateValue)

        self.rateCaption = QLabel(self.rateBox)
        self.rateCaption.setObjectName(u"rateCaption")
        self.rateCaption.setWordWrap(True)

        self.rateLayout.addWidget(self.rateCaption)

        self.comparisonLabel = QLabel(self.rateBox)
        self.comparisonLabel.setObjectName(u"comparisonLabel")
        self.comparisonLabel.setWordWrap(True)

        self.rateLayout.addWidget(self.comparisonLabel)


        self.countersRow.addWidget(self.rateBox)


        self.dashboardLayout.addLayout(self.countersRow)

        self.tabs = QTabWidget(self.dashboard)
        self.tabs.setObjectName(u"tabs")
        self.tabs.setMinimumSize(QSize(0, 250))
        self.chartTab = QWidget()
        self.chartTab.setObjectName(u"chartTab")
        self.chartLayout = QVBoxLayout(self.chartTab)
        self.chartLayout.setObjectName(u"chartLayout")
        self.chartHint = QLabel(self.chartTab)
        self.chartHint.setObjectName(u"chartHint")
        self.chartHint.setWordWrap(True)

        self.chartLayout.addWidget(self.chartHint)

        self.tabs.addTab(self.chartTab, "")
        self.unitsTab = QWidget()
        self.unitsTab.setObjectName(u"unitsTab")
        self.unitsLayout = QVBoxLayout(self.unitsTab)
        self.unitsLayout.setObjectName(u"unitsLayout")
        self.unitsHint = QLabel(self.unitsTab)
        self.unitsHint.setObjectName(u"unitsHint")
        self.unitsHint.setWordWrap(True)

        self.unitsLayout.addWidget(self.unitsHint)

        self.unitsView = QTableView(self.unitsTab)
        self.unitsView.setObjectName(u"unitsView")
        self.unitsView.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.unitsView.setTabKeyNavigation(False)
        self.unitsView.setAlternatingRowColors(True)
        self.unitsView.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.unitsView.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.unitsView.setSortingEnabled(True)
        self.unitsView.setWordWrap(False)
        self.unitsView.verticalHeader().setVisible(False)

        self.unitsLayout.addWidget(self.unitsView)

        self.tabs.addTab(self.unitsTab, "")
        self.actionsTab = QWidget()
        self.actionsTab.setObjectName(u"actionsTab")
        self.actionsLayout = QVBoxLayout(self.actionsTab)
        self.actionsLayout.setObjectName(u"actionsLayout")
        self.actionsLayout.setContentsMargins(0, 0, 0, 0)
        self.tabs.addTab(self.actionsTab, "")

        self.dashboardLayout.addWidget(self.tabs)

        self.splitter.addWidget(self.dashboard)

        self.pageLayout.addWidget(self.splitter)

        QWidget.setTabOrder(self.newButton, self.editButton)
        QWidget.setTabOrder(self.editButton, self.refreshButton)
        QWidget.setTabOrder(self.refreshButton, self.campaignView)
        QWidget.setTabOrder(self.campaignView, self.tabs)
        QWidget.setTabOrder(self.tabs, self.unitsView)

        self.retranslateUi(CampaignPage)

        self.tabs.setCurrentIndex(0)


        QMetaObject.connectSlotsByName(CampaignPage)
    # setupUi

    def retranslateUi(self, CampaignPage: QWidget) -> None:
#if QT_CONFIG(accessibility)
        CampaignPage.setAccessibleName(QCoreApplication.translate("CampaignPage", u"Campaigns", None))
#endif // QT_CONFIG(accessibility)
        self.titleLabel.setText(QCoreApplication.translate("CampaignPage", u"Inspection campaigns", None))
        self.newButton.setText(QCoreApplication.translate("CampaignPage", u"&New campaign\u2026", None))
#if QT_CONFIG(tooltip)
        self.newButton.setToolTip(QCoreApplication.translate("CampaignPage", u"Plan a new inspection campaign: its legal basis, dates, team and units", None))
#endif // QT_CONFIG(tooltip)
        self.editButton.setText(QCoreApplication.translate("CampaignPage", u"&Edit campaign\u2026", None))
#if QT_CONFIG(tooltip)
        self.editButton.setToolTip(QCoreApplication.translate("CampaignPage", u"Change the selected campaign", None))
#endif // QT_CONFIG(tooltip)
        self.refreshButton.setText(QCoreApplication.translate("CampaignPage", u"&Refresh", None))
#if QT_CONFIG(tooltip)
        self.refreshButton.setToolTip(QCoreApplication.translate("CampaignPage", u"Read the campaigns again (F5)", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.campaignView.setAccessibleName(QCoreApplication.translate("CampaignPage", u"Campaigns list", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.campaignView.setAccessibleDescription(QCoreApplication.translate("CampaignPage", u"Choose a campaign to see its results below; press Enter to change it", None))
#endif // QT_CONFIG(accessibility)
        self.emptyLabel.setText(QCoreApplication.translate("CampaignPage", u"No campaign yet. Plan one with New campaign.", None))
        self.progressLabel.setText(QCoreApplication.translate("CampaignPage", u"Units inspected:", None))
#if QT_CONFIG(accessibility)
        self.progressBar.setAccessibleName(QCoreApplication.translate("CampaignPage", u"Units inspected", None))
#endif // QT_CONFIG(accessibility)
        self.lateCaption.setText(QCoreApplication.translate("CampaignPage", u"Late", None))
        self.unexcusedCaption.setText(QCoreApplication.translate("CampaignPage", u"Absent without permission", None))
        self.leftPostCaption.setText(QCoreApplication.translate("CampaignPage", u"Away from their post", None))
        self.emptyPostsCaption.setText(QCoreApplication.translate("CampaignPage", u"Empty posts", None))
        self.rateCaption.setText(QCoreApplication.translate("CampaignPage", u"Violation rate", None))
#if QT_CONFIG(accessibility)
        self.tabs.setAccessibleName(QCoreApplication.translate("CampaignPage", u"Campaign results", None))
#endif // QT_CONFIG(accessibility)
        self.chartHint.setText(QCoreApplication.translate("CampaignPage", u"Violations found at each unit; click a bar to open that unit's inspection.", None))
        self.tabs.setTabText(self.tabs.indexOf(self.chartTab), QCoreApplication.translate("CampaignPage", u"&Chart by unit", None))
        self.unitsHint.setText(QCoreApplication.translate("CampaignPage", u"Click a unit, or choose it and press Enter, to open its inspection.", None))
#if QT_CONFIG(accessibility)
        self.unitsView.setAccessibleName(QCoreApplication.translate("CampaignPage", u"Results by unit", None))
#endif // QT_CONFIG(accessibility)
        self.tabs.setTabText(self.tabs.indexOf(self.unitsTab), QCoreApplication.translate("CampaignPage", u"&Units", None))
        self.tabs.setTabText(self.tabs.indexOf(self.actionsTab), QCoreApplication.translate("CampaignPage", u"Corrective &actions", None))
    # retranslateUi

