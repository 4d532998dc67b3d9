# Generated from ui/units_page.ui by tools/build_forms.py (pyside6-uic): do not edit.
# Edit the .ui file with pyside6-designer, then run `make forms`.
# mypy: ignore-errors
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'units_page.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import QCoreApplication, QMetaObject, Qt
from PySide6.QtWidgets import QAbstractItemView, QCheckBox, QDateEdit, QGroupBox, QHBoxLayout, QLabel, QLineEdit, QPushButton, QSizePolicy, QSpacerItem, QSplitter, QTabWidget, QTableView, QTreeView, QVBoxLayout, QWidget

class Ui_UnitsPage(object):
    def setupUi(self, UnitsPage: QWidget) -> None:
        if not UnitsPage.objectName():
            UnitsPage.setObjectName(u"UnitsPage")
        UnitsPage.resize(1100, 640)
        self.pageLayout = QVBoxLayout(UnitsPage)
        self.pageLayout.setObjectName(u"pageLayout")
        self.titleLabel = QLabel(UnitsPage)
        self.titleLabel.setObjectName(u"titleLabel")

        self.pageLayout.addWidget(self.titleLabel)

        self.splitter = QSplitter(UnitsPage)
        self.splitter.setObjectName(u"splitter")
        self.splitter.setOrientation(Qt.Orientation.Horizontal)
        self.splitter.setChildrenCollapsible(False)
        self.leftPanel = QWidget(self.splitter)
        self.leftPanel.setObjectName(u"leftPanel")
        self.leftLayout = QVBoxLayout(self.leftPanel)
        self.leftLayout.setObjectName(u"leftLayout")
        self.leftLayout.setContentsMargins(0, 0, 6, 0)
        self.unitFilterLabel = QLabel(self.leftPanel)
        self.unitFilterLabel.setObjectName(u"unitFilterLabel")

        self.leftLayout.addWidget(self.unitFilterLabel)

        self.unitFilterEdit = QLineEdit(self.leftPanel)
        self.unitFilterEdit.setObjectName(u"unitFilterEdit")
        self.unitFilterEdit.setClearButtonEnabled(True)

        self.leftLayout.addWidget(self.unitFilterEdit)

        self.unitTree = QTreeView(self.leftPanel)
        self.unitTree.setObjectName(u"unitTree")
        self.unitTree.setAlternatingRowColors(True)
        self.unitTree.setUniformRowHeights(True)

        self.leftLayout.addWidget(self.unitTree)

        self.splitter.addWidget(self.leftPanel)
        self.rightPanel = QWidget(self.splitter)
        self.rightPanel.setObjectName(u"rightPanel")
        self.rightLayout = QVBoxLayout(self.rightPanel)
        self.rightLayout.setObjectName(u"rightLayout")
        self.rightLayout.setContentsMargins(6, 0, 0, 0)
        self.unitNameLabel = QLabel(self.rightPanel)
        self.unitNameLabel.setObjectName(u"unitNameLabel")
        self.unitNameLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.rightLayout.addWidget(self.unitNameLabel)

        self.unitDetailsLabel = QLabel(self.rightPanel)
        self.unitDetailsLabel.setObjectName(u"unitDetailsLabel")
        self.unitDetailsLabel.setWordWrap(True)

        self.rightLayout.addWidget(self.unitDetailsLabel)

        self.readOnlyNote = QLabel(self.rightPanel)
        self.readOnlyNote.setObjectName(u"readOnlyNote")
        self.readOnlyNote.setWordWrap(True)

        self.rightLayout.addWidget(self.readOnlyNote)

        self.tabs = QTabWidget(self.rightPanel)
        self.tabs.setObjectName(u"tabs")
        self.staffTab = QWidget()
        self.staffTab.setObjectName(u"staffTab")
        self.staffLayout = QVBoxLayout(self.staffTab)
        self.staffLayout.setObjectName(u"staffLayout")
        self.searchRow = QHBoxLayout()
        self.searchRow.setObjectName(u"searchRow")
        self.searchLabel = QLabel(self.staffTab)
        self.searchLabel.setObjectName(u"searchLabel")

        self.searchRow.addWidget(self.searchLabel)

        self.searchEdit = QLineEdit(self.staffTab)
        self.searchEdit.setObjectName(u"searchEdit")
        self.searchEdit.setClearButtonEnabled(True)

        self.searchRow.addWidget(self.searchEdit)

        self.wholeProvinceCheck = QCheckBox(self.staffTab)
        self.wholeProvinceCheck.setObjectName(u"wholeProvinceCheck")

        self.searchRow.addWidget(self.wholeProvinceCheck)

        self.includeLeftCheck = QCheckBox(self.staffTab)
        self.includeLeftCheck.setObjectName(u"includeLeftCheck")

        self.searchRow.addWidget(self.includeLeftCheck)


        self.staffLayout.addLayout(self.searchRow)

        self.staffTable = QTableView(self.staffTab)
        self.staffTable.setObjectName(u"staffTable")
        self.staffTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.staffTable.setAlternatingRowColors(True)
        self.staffTable.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.staffTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.staffTable.setWordWrap(False)

        self.staffLayout.addWidget(self.staffTable)

        self.staffButtons = QHBoxLayout()
        self.staffButtons.setObjectName(u"staffButtons")
        self.staffCountLabel = QLabel(self.staffTab)
        self.staffCountLabel.setObjectName(u"staffCountLabel")

        self.staffButtons.addWidget(self.staffCountLabel)

        self.staffSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.staffButtons.addItem(self.staffSpacer)

        self.addStaffButton = QPushButton(self.staffTab)
        self.addStaffButton.setObjectName(u"addStaffButton")

        self.staffButtons.addWidget(self.addStaffButton)

        self.editStaffButton = QPushButton(self.staffTab)
        self.editStaffButton.setObjectName(u"editStaffButton")

        self.staffButtons.addWidget(self.editStaffButton)


        self.staffLayout.addLayout(self.staffButtons)

        self.tabs.addTab(self.staffTab, "")
        self.postsTab = QWidget()
        self.postsTab.setObjectName(u"postsTab")
        self.postsLayout = QVBoxLayout(self.postsTab)
        self.postsLayout.setObjectName(u"postsLayout")
        self.postsTable = QTableView(self.postsTab)
        self.postsTable.setObjectName(u"postsTable")
        self.postsTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.postsTable.setAlternatingRowColors(True)
        self.postsTable.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.postsTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)

        self.postsLayout.addWidget(self.postsTable)

        self.postsButtons = QHBoxLayout()
        self.postsButtons.setObjectName(u"postsButtons")
        self.postsNote = QLabel(self.postsTab)
        self.postsNote.setObjectName(u"postsNote")
        self.postsNote.setWordWrap(True)

        self.postsButtons.addWidget(self.postsNote)

        self.addPostButton = QPushButton(self.postsTab)
        self.addPostButton.setObjectName(u"addPostButton")

        self.postsButtons.addWidget(self.addPostButton)

        self.editPostButton = QPushButton(self.postsTab)
        self.editPostButton.setObjectName(u"editPostButton")

        self.postsButtons.addWidget(self.editPostButton)

        self.retirePostButton = QPushButton(self.postsTab)
        self.retirePostButton.setObjectName(u"retirePostButton")

        self.postsButtons.addWidget(self.retirePostButton)

        self.postsButtons.setStretch(0, 1)

        self.postsLayout.addLayout(self.postsButtons)

        self.tabs.addTab(self.postsTab, "")
        self.scheduleTab = QWidget()
        self.scheduleTab.setObjectName(u"scheduleTab")
        self.scheduleLayout = QVBoxLayout(self.scheduleTab)
        self.scheduleLayout.setObjectName(u"scheduleLayout")
        self.scheduleDayRow = QHBoxLayout()
        self.scheduleDayRow.setObjectName(u"scheduleDayRow")
        self.scheduleDayLabel = QLabel(self.scheduleTab)
        self.scheduleDayLabel.setObjectName(u"scheduleDayLabel")

        self.scheduleDayRow.addWidget(self.scheduleDayLabel)

        self.scheduleDayEdit = QDateEdit(self.scheduleTab)
        self.scheduleDayEdit.setObjectName(u"scheduleDayEdit")
        self.scheduleDayEdit.setCalendarPopup(True)

        self.scheduleDayRow.addWidget(self.scheduleDayEdit)

        self.scheduleSourceLabel = QLabel(self.scheduleTab)
        self.scheduleSourceLabel.setObjectName(u"scheduleSourceLabel")
        self.scheduleSourceLabel.setWordWrap(True)
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        sizePolicy.setHorizontalStretch(1)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.scheduleSourceLabel.sizePolicy().hasHeightForWidth())
        self.scheduleSourceLabel.setSizePolicy(sizePolicy)

        self.scheduleDayRow.addWidget(self.scheduleSourceLabel)


        self.scheduleLayout.addLayout(self.scheduleDayRow)

        self.seasonsTable = QTableView(self.scheduleTab)
        self.seasonsTable.setObjectName(u"seasonsTable")
        self.seasonsTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.seasonsTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)

        self.scheduleLayout.addWidget(self.seasonsTable)

        self.graceLabel = QLabel(self.scheduleTab)
        self.graceLabel.setObjectName(u"graceLabel")
        self.graceLabel.setWordWrap(True)

        self.scheduleLayout.addWidget(self.graceLabel)

        self.lowerRow = QHBoxLayout()
        self.lowerRow.setObjectName(u"lowerRow")
        self.versionsGroup = QGroupBox(self.scheduleTab)
        self.versionsGroup.setObjectName(u"versionsGroup")
        self.versionsLayout = QVBoxLayout(self.versionsGroup)
        self.versionsLayout.setObjectName(u"versionsLayout")
        self.versionsTable = QTableView(self.versionsGroup)
        self.versionsTable.setObjectName(u"versionsTable")
        self.versionsTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.versionsTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)

        self.versionsLayout.addWidget(self.versionsTable)

        self.versionsButtons = QHBoxLayout()
        self.versionsButtons.setObjectName(u"versionsButtons")
        self.versionsSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.versionsButtons.addItem(self.versionsSpacer)

        self.addVersionButton = QPushButton(self.versionsGroup)
        self.addVersionButton.setObjectName(u"addVersionButton")

        self.versionsButtons.addWidget(self.addVersionButton)


        self.versionsLayout.addLayout(self.versionsButtons)


        self.lowerRow.addWidget(self.versionsGroup)

        self.overridesGroup = QGroupBox(self.scheduleTab)
        self.overridesGroup.setObjectName(u"overridesGroup")
        self.overridesLayout = QVBoxLayout(self.overridesGroup)
        self.overridesLayout.setObjectName(u"overridesLayout")
        self.overridesTable = QTableView(self.overridesGroup)
        self.overridesTable.setObjectName(u"overridesTable")
        self.overridesTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.overridesTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)

        self.overridesLayout.addWidget(self.overridesTable)

        self.overridesButtons = QHBoxLayout()
        self.overridesButtons.setObjectName(u"overridesButtons")
        self.overridesSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.overridesButtons.addItem(self.overridesSpacer)

        self.addOverrideButton = QPushButton(self.overridesGroup)
        self.addOverrideButton.setObjectName(u"addOverrideButton")

        self.overridesButtons.addWidget(self.addOverrideButton)


        self.overridesLayout.addLayout(self.overridesButtons)


        self.lowerRow.addWidget(self.overridesGroup)


        self.scheduleLayout.addLayout(self.lowerRow)

        self.tabs.addTab(self.scheduleTab, "")

        self.rightLayout.addWidget(self.tabs)

        self.splitter.addWidget(self.rightPanel)

        self.pageLayout.addWidget(self.splitter)

        self.pageLayout.setStretch(1, 1)
#if QT_CONFIG(shortcut)
        self.unitFilterLabel.setBuddy(self.unitFilterEdit)
        self.searchLabel.setBuddy(self.searchEdit)
        self.scheduleDayLabel.setBuddy(self.scheduleDayEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.unitFilterEdit, self.unitTree)
        QWidget.setTabOrder(self.unitTree, self.tabs)
        QWidget.setTabOrder(self.tabs, self.searchEdit)
        QWidget.setTabOrder(self.searchEdit, self.wholeProvinceCheck)
        QWidget.setTabOrder(self.wholeProvinceCheck, self.includeLeftCheck)
        QWidget.setTabOrder(self.includeLeftCheck, self.staffTable)
        QWidget.setTabOrder(self.staffTable, self.addStaffButton)
        QWidget.setTabOrder(self.addStaffButton, self.editStaffButton)
        QWidget.setTabOrder(self.editStaffButton, self.postsTable)
        QWidget.setTabOrder(self.postsTable, self.addPostButton)
        QWidget.setTabOrder(self.addPostButton, self.editPostButton)
        QWidget.setTabOrder(self.editPostButton, self.retirePostButton)
        QWidget.setTabOrder(self.retirePostButton, self.scheduleDayEdit)
        QWidget.setTabOrder(self.scheduleDayEdit, self.seasonsTable)
        QWidget.setTabOrder(self.seasonsTable, self.versionsTable)
        QWidget.setTabOrder(self.versionsTable, self.addVersionButton)
        QWidget.setTabOrder(self.addVersionButton, self.overridesTable)
        QWidget.setTabOrder(self.overridesTable, self.addOverrideButton)

        self.retranslateUi(UnitsPage)

        self.tabs.setCurrentIndex(0)


        QMetaObject.connectSlotsByName(UnitsPage)
    # setupUi

    def retranslateUi(self, UnitsPage: QWidget) -> None:
#if QT_CONFIG(accessibility)
        UnitsPage.setAccessibleName(QCoreApplication.translate("UnitsPage", u"Units and staff", None))
#endif // QT_CONFIG(accessibility)
        self.titleLabel.setText(QCoreApplication.translate("UnitsPage", u"Units and staff", None))
        self.unitFilterLabel.setText(QCoreApplication.translate("UnitsPage", u"&Units:", None))
#if QT_CONFIG(accessibility)
        self.unitFilterEdit.setAccessibleName(QCoreApplication.translate("UnitsPage", u"Find a unit", None))
#endif // QT_CONFIG(accessibility)
        self.unitFilterEdit.setPlaceholderText(QCoreApplication.translate("UnitsPage", u"Type to find a unit", None))
#if QT_CONFIG(accessibility)
        self.unitTree.setAccessibleName(QCoreApplication.translate("UnitsPage", u"Units", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.unitNameLabel.setAccessibleName(QCoreApplication.translate("UnitsPage", u"Selected unit", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.unitDetailsLabel.setAccessibleName(QCoreApplication.translate("UnitsPage", u"About the selected unit", None))
#endif // QT_CONFIG(accessibility)
        self.readOnlyNote.setText(QCoreApplication.translate("UnitsPage", u"Your account can look at units, staff and working hours but not change them.", None))
#if QT_CONFIG(accessibility)
        self.tabs.setAccessibleName(QCoreApplication.translate("UnitsPage", u"Details of the unit", None))
#endif // QT_CONFIG(accessibility)
        self.searchLabel.setText(QCoreApplication.translate("UnitsPage", u"Sear&ch:", None))
#if QT_CONFIG(accessibility)
        self.searchEdit.setAccessibleName(QCoreApplication.translate("UnitsPage", u"Search staff by name or code", None))
#endif // QT_CONFIG(accessibility)
        self.searchEdit.setPlaceholderText(QCoreApplication.translate("UnitsPage", u"Name or code, with or without accents", None))
#if QT_CONFIG(tooltip)
        self.wholeProvinceCheck.setToolTip(QCoreApplication.translate("UnitsPage", u"Search the staff of every unit of the province", None))
#endif // QT_CONFIG(tooltip)
        self.wholeProvinceCheck.setText(QCoreApplication.translate("UnitsPage", u"&All units", None))
        self.includeLeftCheck.setText(QCoreApplication.translate("UnitsPage", u"Include people who have &left", None))
#if QT_CONFIG(accessibility)
        self.staffTable.setAccessibleName(QCoreApplication.translate("UnitsPage", u"Staff", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.staffCountLabel.setAccessibleName(QCoreApplication.translate("UnitsPage", u"Number of people listed", None))
#endif // QT_CONFIG(accessibility)
        self.addStaffButton.setText(QCoreApplication.translate("UnitsPage", u"A&dd a person\u2026", None))
        self.editStaffButton.setText(QCoreApplication.translate("UnitsPage", u"&Edit\u2026", None))
        self.tabs.setTabText(self.tabs.indexOf(self.staffTab), QCoreApplication.translate("UnitsPage", u"&Staff", None))
#if QT_CONFIG(accessibility)
        self.postsTable.setAccessibleName(QCoreApplication.translate("UnitsPage", u"Posts of the unit", None))
#endif // QT_CONFIG(accessibility)
        self.postsNote.setText(QCoreApplication.translate("UnitsPage", u"A post that must be staffed is marked empty on an inspection when nobody is at it.", None))
        self.addPostButton.setText(QCoreApplication.translate("UnitsPage", u"Add a p&ost\u2026", None))
#if QT_CONFIG(tooltip)
        self.editPostButton.setToolTip(QCoreApplication.translate("UnitsPage", u"Change the post's name, code or officers (Enter or a double click on a post does the same)", None))
#endif // QT_CONFIG(tooltip)
        self.editPostButton.setText(QCoreApplication.translate("UnitsPage", u"&Edit post\u2026", None))
#if QT_CONFIG(tooltip)
        self.retirePostButton.setToolTip(QCoreApplication.translate("UnitsPage", u"The post closes: it is no longer checked from a day you choose", None))
#endif // QT_CONFIG(tooltip)
        self.retirePostButton.setText(QCoreApplication.translate("UnitsPage", u"&Retire post\u2026", None))
        self.tabs.setTabText(self.tabs.indexOf(self.postsTab), QCoreApplication.translate("UnitsPage", u"&Posts", None))
        self.scheduleDayLabel.setText(QCoreApplication.translate("UnitsPage", u"Hours in force &on:", None))
#if QT_CONFIG(accessibility)
        self.scheduleDayEdit.setAccessibleName(QCoreApplication.translate("UnitsPage", u"Show the hours in force on this day", None))
#endif // QT_CONFIG(accessibility)
        self.scheduleDayEdit.setDisplayFormat(QCoreApplication.translate("UnitsPage", u"dd/MM/yyyy", None))
#if QT_CONFIG(accessibility)
        self.scheduleSourceLabel.setAccessibleName(QCoreApplication.translate("UnitsPage", u"Which schedule applies", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.seasonsTable.setAccessibleName(QCoreApplication.translate("UnitsPage", u"Seasons and working sessions", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.graceLabel.setAccessibleName(QCoreApplication.translate("UnitsPage", u"Grace periods", None))
#endif // QT_CONFIG(accessibility)
        self.versionsGroup.setTitle(QCoreApplication.translate("UnitsPage", u"Versions of this schedule", None))
#if QT_CONFIG(accessibility)
        self.versionsTable.setAccessibleName(QCoreApplication.translate("UnitsPage", u"Versions of this schedule", None))
#endif // QT_CONFIG(accessibility)
        self.addVersionButton.setText(QCoreApplication.translate("UnitsPage", u"&New version\u2026", None))
        self.overridesGroup.setTitle(QCoreApplication.translate("UnitsPage", u"Days changed by notice (whole province)", None))
#if QT_CONFIG(accessibility)
        self.overridesTable.setAccessibleName(QCoreApplication.translate("UnitsPage", u"Days changed by notice", None))
#endif // QT_CONFIG(accessibility)
        self.addOverrideButton.setText(QCoreApplication.translate("UnitsPage", u"Add a da&y\u2026", None))
        self.tabs.setTabText(self.tabs.indexOf(self.scheduleTab), QCoreApplication.translate("UnitsPage", u"&Working hours", None))
    # retranslateUi

