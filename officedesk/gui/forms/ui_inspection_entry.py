# Generated from ui/inspection_entry.ui by tools/build_forms.py (pyside6-uic): do not edit.
# Edit the .ui file with pyside6-designer, then run `make forms`.
# mypy: ignore-errors
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'inspection_entry.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import QCoreApplication, QMetaObject, QSize, Qt
from PySide6.QtWidgets import QAbstractItemView, QComboBox, QDateEdit, QFormLayout, QFrame, QGridLayout, QGroupBox, QHBoxLayout, QLabel, QLineEdit, QPlainTextEdit, QPushButton, QScrollArea, QSizePolicy, QSpacerItem, QSplitter, QStackedWidget, QTabWidget, QTableView, QTimeEdit, QVBoxLayout, QWidget

from officedesk.gui.entry.views import (KeyHintLabel, PhotoListView, RosterView)

class Ui_InspectionEntry(object):
    def setupUi(self, InspectionEntry: QWidget) -> None:
        if not InspectionEntry.objectName():
            InspectionEntry.setObjectName(u"InspectionEntry")
        InspectionEntry.resize(1120, 680)
        self.pageLayout = QVBoxLayout(InspectionEntry)
        self.pageLayout.setSpacing(6)
        self.pageLayout.setObjectName(u"pageLayout")
        self.pageLayout.setContentsMargins(8, 6, 8, 6)
        self.stack = QStackedWidget(InspectionEntry)
        self.stack.setObjectName(u"stack")
        self.emptyPage = QWidget()
        self.emptyPage.setObjectName(u"emptyPage")
        self.emptyLayout = QVBoxLayout(self.emptyPage)
        self.emptyLayout.setObjectName(u"emptyLayout")
        self.emptyTopSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.emptyLayout.addItem(self.emptyTopSpacer)

        self.emptyLabel = QLabel(self.emptyPage)
        self.emptyLabel.setObjectName(u"emptyLabel")
        self.emptyLabel.setAlignment(Qt.AlignCenter)
        self.emptyLabel.setWordWrap(True)

        self.emptyLayout.addWidget(self.emptyLabel)

        self.emptyButtons = QHBoxLayout()
        self.emptyButtons.setObjectName(u"emptyButtons")
        self.emptyLeftSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.emptyButtons.addItem(self.emptyLeftSpacer)

        self.emptyNewButton = QPushButton(self.emptyPage)
        self.emptyNewButton.setObjectName(u"emptyNewButton")

        self.emptyButtons.addWidget(self.emptyNewButton)

        self.emptyRightSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.emptyButtons.addItem(self.emptyRightSpacer)


        self.emptyLayout.addLayout(self.emptyButtons)

        self.emptyBottomSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.emptyLayout.addItem(self.emptyBottomSpacer)

        self.stack.addWidget(self.emptyPage)
        self.entryPage = QWidget()
        self.entryPage.setObjectName(u"entryPage")
        self.entryLayout = QVBoxLayout(self.entryPage)
        self.entryLayout.setSpacing(6)
        self.entryLayout.setObjectName(u"entryLayout")
        self.entryLayout.setContentsMargins(0, 0, 0, 0)
        self.headerFrame = QFrame(self.entryPage)
        self.headerFrame.setObjectName(u"headerFrame")
        self.headerFrame.setFrameShape(QFrame.StyledPanel)
        self.headerLayout = QGridLayout(self.headerFrame)
        self.headerLayout.setObjectName(u"headerLayout")
        self.headerLayout.setHorizontalSpacing(8)
        self.headerLayout.setVerticalSpacing(2)
        self.headerLayout.setContentsMargins(8, 4, 8, 4)
        self.titleRow = QHBoxLayout()
        self.titleRow.setObjectName(u"titleRow")
        self.unitLabel = QLabel(self.headerFrame)
        self.unitLabel.setObjectName(u"unitLabel")
        self.unitLabel.setTextInteractionFlags(Qt.TextSelectableByMouse)

        self.titleRow.addWidget(self.unitLabel)

        self.stateBadge = QLabel(self.headerFrame)
        self.stateBadge.setObjectName(u"stateBadge")

        self.titleRow.addWidget(self.stateBadge)

        self.numberLabel = QLabel(self.headerFrame)
        self.numberLabel.setObjectName(u"numberLabel")

        self.titleRow.addWidget(self.numberLabel)

        self.titleSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.titleRow.addItem(self.titleSpacer)

        self.actionsRow = QHBoxLayout()
        self.actionsRow.setObjectName(u"actionsRow")
        self.actionsSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.actionsRow.addItem(self.actionsSpacer)

        self.versionCaption = QLabel(self.headerFrame)
        self.versionCaption.setObjectName(u"versionCaption")

        self.actionsRow.addWidget(self.versionCaption)

        self.versionCombo = QComboBox(self.headerFrame)
        self.versionCombo.setObjectName(u"versionCombo")
        self.versionCombo.setSizeAdjustPolicy(QComboBox.AdjustToContents)

        self.actionsRow.addWidget(self.versionCombo)

        self.newButton = QPushButton(self.headerFrame)
        self.newButton.setObjectName(u"newButton")

        self.actionsRow.addWidget(self.newButton)


        self.titleRow.addLayout(self.actionsRow)


        self.headerLayout.addLayout(self.titleRow, 0, 0, 1, 2)

        self.campaignLabel = QLabel(self.headerFrame)
        self.campaignLabel.setObjectName(u"campaignLabel")
        self.campaignLabel.setWordWrap(True)

        self.headerLayout.addWidget(self.campaignLabel, 1, 0, 1, 1)

        self.timeRow = QHBoxLayout()
        self.timeRow.setSpacing(12)
        self.timeRow.setObjectName(u"timeRow")
        self.timeSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.timeRow.addItem(self.timeSpacer)

        self.dateLabel = QLabel(self.headerFrame)
        self.dateLabel.setObjectName(u"dateLabel")

        self.timeRow.addWidget(self.dateLabel)

        self.checkTimeCaption = QLabel(self.headerFrame)
        self.checkTimeCaption.setObjectName(u"checkTimeCaption")

        self.timeRow.addWidget(self.checkTimeCaption)

        self.checkTimeEdit = QTimeEdit(self.headerFrame)
        self.checkTimeEdit.setObjectName(u"checkTimeEdit")
        self.checkTimeEdit.setDisplayFormat(u"HH:mm")
        self.checkTimeEdit.setKeyboardTracking(False)

        self.timeRow.addWidget(self.checkTimeEdit)


        self.headerLayout.addLayout(self.timeRow, 1, 1, 1, 1)

        self.headerLayout.setColumnStretch(0, 1)

        self.entryLayout.addWidget(self.headerFrame)

        self.lockBanner = QFrame(self.entryPage)
        self.lockBanner.setObjectName(u"lockBanner")
        self.lockBanner.setFrameShape(QFrame.StyledPanel)
        self.lockLayout = QHBoxLayout(self.lockBanner)
        self.lockLayout.setObjectName(u"lockLayout")
        self.lockLayout.setContentsMargins(-1, 4, -1, 4)
        self.lockLabel = QLabel(self.lockBanner)
        self.lockLabel.setObjectName(u"lockLabel")
        self.lockLabel.setWordWrap(True)

        self.lockLayout.addWidget(self.lockLabel)

        self.minutesButton = QPushButton(self.lockBanner)
        self.minutesButton.setObjectName(u"minutesButton")

        self.lockLayout.addWidget(self.minutesButton)

        self.amendButton = QPushButton(self.lockBanner)
        self.amendButton.setObjectName(u"amendButton")

        self.lockLayout.addWidget(self.amendButton)

        self.lockLayout.setStretch(0, 1)

        self.entryLayout.addWidget(self.lockBanner)

        self.tabs = QTabWidget(self.entryPage)
        self.tabs.setObjectName(u"tabs")
        self.rosterTab = QWidget()
        self.rosterTab.setObjectName(u"rosterTab")
        self.rosterTabLayout = QVBoxLayout(self.rosterTab)
        self.rosterTabLayout.setObjectName(u"rosterTabLayout")
        self.rosterTabLayout.setContentsMargins(4, 4, 4, 4)
        self.rosterSplitter = QSplitter(self.rosterTab)
        self.rosterSplitter.setObjectName(u"rosterSplitter")
        self.rosterSplitter.setOrientation(Qt.Horizontal)
        self.rosterSplitter.setChildrenCollapsible(False)
        self.rosterView = RosterView(self.rosterSplitter)
        self.rosterView.setObjectName(u"rosterView")
        self.rosterView.setAlternatingRowColors(True)
        self.rosterSplitter.addWidget(self.rosterView)
        self.postsBox = QGroupBox(self.rosterSplitter)
        self.postsBox.setObjectName(u"postsBox")
        self.postsLayout = QVBoxLayout(self.postsBox)
        self.postsLayout.setObjectName(u"postsLayout")
        self.postsLayout.setContentsMargins(4, 4, 4, 4)
        self.postsView = QTableView(self.postsBox)
        self.postsView.setObjectName(u"postsView")
        self.postsView.setContextMenuPolicy(Qt.CustomContextMenu)
        self.postsView.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.postsView.setSelectionMode(QAbstractItemView.SingleSelection)
        self.postsView.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.postsView.setWordWrap(True)

        self.postsLayout.addWidget(self.postsView)

        self.overrideButton = QPushButton(self.postsBox)
        self.overrideButton.setObjectName(u"overrideButton")

        self.postsLayout.addWidget(self.overrideButton)

        self.rosterSplitter.addWidget(self.postsBox)

        self.rosterTabLayout.addWidget(self.rosterSplitter)

        self.rosterButtons = QHBoxLayout()
        self.rosterButtons.setObjectName(u"rosterButtons")
        self.restPresentButton = QPushButton(self.rosterTab)
        self.restPresentButton.setObjectName(u"restPresentButton")

        self.rosterButtons.addWidget(self.restPresentButton)

        self.addPersonButton = QPushButton(self.rosterTab)
        self.addPersonButton.setObjectName(u"addPersonButton")

        self.rosterButtons.addWidget(self.addPersonButton)

        self.undoButton = QPushButton(self.rosterTab)
        self.undoButton.setObjectName(u"undoButton")

        self.rosterButtons.addWidget(self.undoButton)

        self.redoButton = QPushButton(self.rosterTab)
        self.redoButton.setObjectName(u"redoButton")

        self.rosterButtons.addWidget(self.redoButton)

        self.rosterButtonsSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.rosterButtons.addItem(self.rosterButtonsSpacer)


        self.rosterTabLayout.addLayout(self.rosterButtons)

        self.keysLabel = KeyHintLabel(self.rosterTab)
        self.keysLabel.setObjectName(u"keysLabel")
        self.keysLabel.setTextFormat(Qt.PlainText)

        self.rosterTabLayout.addWidget(self.keysLabel)

        self.tabs.addTab(self.rosterTab, "")
        self.findingsTab = QWidget()
        self.findingsTab.setObjectName(u"findingsTab")
        self.findingsTabLayout = QVBoxLayout(self.findingsTab)
        self.findingsTabLayout.setObjectName(u"findingsTabLayout")
        self.findingsTabLayout.setContentsMargins(0, 0, 0, 0)
        self.findingsScroll = QScrollArea(self.findingsTab)
        self.findingsScroll.setObjectName(u"findingsScroll")
        self.findingsScroll.setFrameShape(QFrame.NoFrame)
        self.findingsScroll.setWidgetResizable(True)
        self.findingsContents = QWidget()
        self.findingsContents.setObjectName(u"findingsContents")
        self.findingsLayout = QVBoxLayout(self.findingsContents)
        self.findingsLayout.setObjectName(u"findingsLayout")
        self.findingsLayout.setContentsMargins(4, 4, 4, 4)
        self.violationsBox = QGroupBox(self.findingsContents)
        self.violationsBox.setObjectName(u"violationsBox")
        self.violationsLayout = QVBoxLayout(self.violationsBox)
        self.violationsLayout.setObjectName(u"violationsLayout")
        self.violationsView = QTableView(self.violationsBox)
        self.violationsView.setObjectName(u"violationsView")
        self.violationsView.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.violationsView.setSelectionMode(QAbstractItemView.SingleSelection)
        self.violationsView.setSelectionBehavior(QAbstractItemView.SelectRows)

        self.violationsLayout.addWidget(self.violationsView)

        self.violationForm = QHBoxLayout()
        self.violationForm.setObjectName(u"violationForm")
        self.categoryCombo = QComboBox(self.violationsBox)
        self.categoryCombo.setObjectName(u"categoryCombo")
        self.categoryCombo.setSizeAdjustPolicy(QComboBox.AdjustToMinimumContentsLengthWithIcon)
        self.categoryCombo.setMinimumContentsLength(22)

        self.violationForm.addWidget(self.categoryCombo)

        self.violationDescEdit = QLineEdit(self.violationsBox)
        self.violationDescEdit.setObjectName(u"violationDescEdit")

        self.violationForm.addWidget(self.violationDescEdit)

        self.violationStaffCombo = QComboBox(self.violationsBox)
        self.violationStaffCombo.setObjectName(u"violationStaffCombo")
        self.violationStaffCombo.setSizeAdjustPolicy(QComboBox.AdjustToMinimumContentsLengthWithIcon)
        self.violationStaffCombo.setMinimumContentsLength(16)

        self.violationForm.addWidget(self.violationStaffCombo)

        self.addViolationButton = QPushButton(self.violationsBox)
        self.addViolationButton.setObjectName(u"addViolationButton")

        self.violationForm.addWidget(self.addViolationButton)

        self.removeViolationButton = QPushButton(self.violationsBox)
        self.removeViolationButton.setObjectName(u"removeViolationButton")

        self.violationForm.addWidget(self.removeViolationButton)


        self.violationsLayout.addLayout(self.violationForm)


        self.findingsLayout.addWidget(self.violationsBox)

        self.actionsBox = QGroupBox(self.findingsContents)
        self.actionsBox.setObjectName(u"actionsBox")
        self.actionsLayout = QVBoxLayout(self.actionsBox)
        self.actionsLayout.setObjectName(u"actionsLayout")
        self.actionsView = QTableView(self.actionsBox)
        self.actionsView.setObjectName(u"actionsView")
        self.actionsView.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.actionsView.setSelectionMode(QAbstractItemView.SingleSelection)
        self.actionsView.setSelectionBehavior(QAbstractItemView.SelectRows)

        self.actionsLayout.addWidget(self.actionsView)

        self.actionFindingRow = QHBoxLayout()
        self.actionFindingRow.setObjectName(u"actionFindingRow")
        self.actionFindingLabel = QLabel(self.actionsBox)
        self.actionFindingLabel.setObjectName(u"actionFindingLabel")

        self.actionFindingRow.addWidget(self.actionFindingLabel)

        self.actionFindingCombo = QComboBox(self.actionsBox)
        self.actionFindingCombo.setObjectName(u"actionFindingCombo")
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        sizePolicy.setHorizontalStretch(1)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.actionFindingCombo.sizePolicy().hasHeightForWidth())
        self.actionFindingCombo.setSizePolicy(sizePolicy)
        self.actionFindingCombo.setSizeAdjustPolicy(QComboBox.AdjustToMinimumContentsLengthWithIcon)
        self.actionFindingCombo.setMinimumContentsLength(20)

        self.actionFindingRow.addWidget(self.actionFindingCombo)


        self.actionsLayout.addLayout(self.actionFindingRow)

        self.actionForm = QHBoxLayout()
        self.actionForm.setObjectName(u"actionForm")
        self.actionDescEdit = QLineEdit(self.actionsBox)
        self.actionDescEdit.setObjectName(u"actionDescEdit")

        self.actionForm.addWidget(self.actionDescEdit)

        self.actionOwnerEdit = QLineEdit(self.actionsBox)
        self.actionOwnerEdit.setObjectName(u"actionOwnerEdit")

        self.actionForm.addWidget(self.actionOwnerEdit)

        self.actionDeadlineEdit = QDateEdit(self.actionsBox)
        self.actionDeadlineEdit.setObjectName(u"actionDeadlineEdit")
        self.actionDeadlineEdit.setDisplayFormat(u"dd/MM/yyyy")
        self.actionDeadlineEdit.setCalendarPopup(True)

        self.actionForm.addWidget(self.actionDeadlineEdit)

        self.addActionButton = QPushButton(self.actionsBox)
        self.addActionButton.setObjectName(u"addActionButton")

        self.actionForm.addWidget(self.addActionButton)

        self.cancelActionButton = QPushButton(self.actionsBox)
        self.cancelActionButton.setObjectName(u"cancelActionButton")

        self.actionForm.addWidget(self.cancelActionButton)


        self.actionsLayout.addLayout(self.actionForm)


        self.findingsLayout.addWidget(self.actionsBox)

        self.earlierBox = QGroupBox(self.findingsContents)
        self.earlierBox.setObjectName(u"earlierBox")
        self.earlierLayout = QVBoxLayout(self.earlierBox)
        self.earlierLayout.setObjectName(u"earlierLayout")
        self.earlierView = QTableView(self.earlierBox)
        self.earlierView.setObjectName(u"earlierView")
        self.earlierView.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.earlierView.setSelectionMode(QAbstractItemView.SingleSelection)
        self.earlierView.setSelectionBehavior(QAbstractItemView.SelectRows)

        self.earlierLayout.addWidget(self.earlierView)

        self.earlierButtons = QHBoxLayout()
        self.earlierButtons.setObjectName(u"earlierButtons")
        self.earlierSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.earlierButtons.addItem(self.earlierSpacer)

        self.earlierDoneButton = QPushButton(self.earlierBox)
        self.earlierDoneButton.setObjectName(u"earlierDoneButton")

        self.earlierButtons.addWidget(self.earlierDoneButton)


        self.earlierLayout.addLayout(self.earlierButtons)


        self.findingsLayout.addWidget(self.earlierBox)

        self.findingsScroll.setWidget(self.findingsContents)

        self.findingsTabLayout.addWidget(self.findingsScroll)

        self.tabs.addTab(self.findingsTab, "")
        self.notesTab = QWidget()
        self.notesTab.setObjectName(u"notesTab")
        self.notesLayout = QFormLayout(self.notesTab)
        self.notesLayout.setObjectName(u"notesLayout")
        self.notesLayout.setFieldGrowthPolicy(QFormLayout.AllNonFixedFieldsGrow)
        self.notesCaption = QLabel(self.notesTab)
        self.notesCaption.setObjectName(u"notesCaption")

        self.notesLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.notesCaption)

        self.notesEdit = QPlainTextEdit(self.notesTab)
        self.notesEdit.setObjectName(u"notesEdit")
        self.notesEdit.setMinimumSize(QSize(0, 48))
        self.notesEdit.setTabChangesFocus(True)

        self.notesLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.notesEdit)

        self.conclusionsCaption = QLabel(self.notesTab)
        self.conclusionsCaption.setObjectName(u"conclusionsCaption")

        self.notesLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.conclusionsCaption)

        self.conclusionsEdit = QPlainTextEdit(self.notesTab)
        self.conclusionsEdit.setObjectName(u"conclusionsEdit")
        self.conclusionsEdit.setMinimumSize(QSize(0, 48))
        self.conclusionsEdit.setTabChangesFocus(True)

        self.notesLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.conclusionsEdit)

        self.recommendationsCaption = QLabel(self.notesTab)
        self.recommendationsCaption.setObjectName(u"recommendationsCaption")

        self.notesLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.recommendationsCaption)

        self.recommendationsEdit = QPlainTextEdit(self.notesTab)
        self.recommendationsEdit.setObjectName(u"recommendationsEdit")
        self.recommendationsEdit.setMinimumSize(QSize(0, 48))
        self.recommendationsEdit.setTabChangesFocus(True)

        self.notesLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.recommendationsEdit)

        self.textsSavedLabel = QLabel(self.notesTab)
        self.textsSavedLabel.setObjectName(u"textsSavedLabel")

        self.notesLayout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.textsSavedLabel)

        self.tabs.addTab(self.notesTab, "")
        self.photosTab = QWidget()
        self.photosTab.setObjectName(u"photosTab")
        self.photosLayout = QVBoxLayout(self.photosTab)
        self.photosLayout.setObjectName(u"photosLayout")
        self.photosView = PhotoListView(self.photosTab)
        self.photosView.setObjectName(u"photosView")

        self.photosLayout.addWidget(self.photosView)

        self.photoForm = QHBoxLayout()
        self.photoForm.setObjectName(u"photoForm")
        self.captionEdit = QLineEdit(self.photosTab)
        self.captionEdit.setObjectName(u"captionEdit")

        self.photoForm.addWidget(self.captionEdit)

        self.addPhotoButton = QPushButton(self.photosTab)
        self.addPhotoButton.setObjectName(u"addPhotoButton")

        self.photoForm.addWidget(self.addPhotoButton)

        self.removePhotoButton = QPushButton(self.photosTab)
        self.removePhotoButton.setObjectName(u"removePhotoButton")

        self.photoForm.addWidget(self.removePhotoButton)


        self.photosLayout.addLayout(self.photoForm)

        self.tabs.addTab(self.photosTab, "")

        self.entryLayout.addWidget(self.tabs)

        self.summaryRow = QHBoxLayout()
        self.summaryRow.setObjectName(u"summaryRow")
        self.summaryLabel = QLabel(self.entryPage)
        self.summaryLabel.setObjectName(u"summaryLabel")
        self.summaryLabel.setFrameShape(QFrame.StyledPanel)
        self.summaryLabel.setWordWrap(True)
        self.summaryLabel.setTextInteractionFlags(Qt.TextSelectableByMouse)

        self.summaryRow.addWidget(self.summaryLabel)

        self.signButton = QPushButton(self.entryPage)
        self.signButton.setObjectName(u"signButton")

        self.summaryRow.addWidget(self.signButton)

        self.summaryRow.setStretch(0, 1)

        self.entryLayout.addLayout(self.summaryRow)

        self.stack.addWidget(self.entryPage)

        self.pageLayout.addWidget(self.stack)

#if QT_CONFIG(shortcut)
        self.versionCaption.setBuddy(self.versionCombo)
        self.checkTimeCaption.setBuddy(self.checkTimeEdit)
        self.actionFindingLabel.setBuddy(self.actionFindingCombo)
        self.notesCaption.setBuddy(self.notesEdit)
        self.conclusionsCaption.setBuddy(self.conclusionsEdit)
        self.recommendationsCaption.setBuddy(self.recommendationsEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(InspectionEntry)

        self.stack.setCurrentIndex(0)
        self.tabs.setCurrentIndex(0)


        QMetaObject.connectSlotsByName(InspectionEntry)
    # setupUi

    def retranslateUi(self, InspectionEntry: QWidget) -> None:
#if QT_CONFIG(accessibility)
        InspectionEntry.setAccessibleName(QCoreApplication.translate("InspectionEntry", u"Inspection entry", None))
#endif // QT_CONFIG(accessibility)
        self.emptyLabel.setText(QCoreApplication.translate("InspectionEntry", u"No inspection is open. Start a new one, or open a draft from the campaign's list.", None))
        self.emptyNewButton.setText(QCoreApplication.translate("InspectionEntry", u"&New inspection\u2026", None))
#if QT_CONFIG(accessibility)
        self.unitLabel.setAccessibleName(QCoreApplication.translate("InspectionEntry", u"Inspected unit", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.stateBadge.setAccessibleName(QCoreApplication.translate("InspectionEntry", u"State of the minutes", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.numberLabel.setAccessibleName(QCoreApplication.translate("InspectionEntry", u"Number of the minutes", None))
#endif // QT_CONFIG(accessibility)
        self.versionCaption.setText(QCoreApplication.translate("InspectionEntry", u"Vers&ion:", None))
#if QT_CONFIG(accessibility)
        self.versionCombo.setAccessibleName(QCoreApplication.translate("InspectionEntry", u"Version of the minutes", None))
#endif // QT_CONFIG(accessibility)
        self.newButton.setText(QCoreApplication.translate("InspectionEntry", u"&New inspection\u2026", None))
#if QT_CONFIG(accessibility)
        self.campaignLabel.setAccessibleName(QCoreApplication.translate("InspectionEntry", u"Campaign", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.dateLabel.setAccessibleName(QCoreApplication.translate("InspectionEntry", u"Day of the inspection", None))
#endif // QT_CONFIG(accessibility)
        self.checkTimeCaption.setText(QCoreApplication.translate("InspectionEntry", u"Check &time:", None))
#if QT_CONFIG(accessibility)
        self.checkTimeEdit.setAccessibleName(QCoreApplication.translate("InspectionEntry", u"Check time", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.lockBanner.setAccessibleName(QCoreApplication.translate("InspectionEntry", u"The minutes are locked", None))
#endif // QT_CONFIG(accessibility)
        self.lockLabel.setText(QCoreApplication.translate("InspectionEntry", u"The minutes are signed \u2014 every change needs an amendment.", None))
#if QT_CONFIG(tooltip)
        self.minutesButton.setToolTip(QCoreApplication.translate("InspectionEntry", u"Make the minutes of this inspection, look at them and print them (Reports)", None))
#endif // QT_CONFIG(tooltip)
        self.minutesButton.setText(QCoreApplication.translate("InspectionEntry", u"Print the minut&es\u2026", None))
        self.amendButton.setText(QCoreApplication.translate("InspectionEntry", u"A&mend\u2026", None))
#if QT_CONFIG(accessibility)
        self.rosterView.setAccessibleName(QCoreApplication.translate("InspectionEntry", u"Roster", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.rosterView.setAccessibleDescription(QCoreApplication.translate("InspectionEntry", u"One row per person. C or Space: present, M: late, P: excused absence, K: unexcused absence, R: left post, S: left early. Ctrl+Enter: everyone else present. Insert: add a person.", None))
#endif // QT_CONFIG(accessibility)
        self.postsBox.setTitle(QCoreApplication.translate("InspectionEntry", u"Posts", None))
#if QT_CONFIG(accessibility)
        self.postsView.setAccessibleName(QCoreApplication.translate("InspectionEntry", u"Posts", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.postsView.setAccessibleDescription(QCoreApplication.translate("InspectionEntry", u"Each post, staffed or empty at the check time. Press O or use the context menu to change a post's state; a reason is needed.", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(tooltip)
        self.overrideButton.setToolTip(QCoreApplication.translate("InspectionEntry", u"Change the selected post's state, with a reason (O)", None))
#endif // QT_CONFIG(tooltip)
        self.overrideButton.setText(QCoreApplication.translate("InspectionEntry", u"&Change post state\u2026", None))
#if QT_CONFIG(tooltip)
        self.restPresentButton.setToolTip(QCoreApplication.translate("InspectionEntry", u"Mark every person not yet marked as present (Ctrl+Enter)", None))
#endif // QT_CONFIG(tooltip)
        self.restPresentButton.setText(QCoreApplication.translate("InspectionEntry", u"&Everyone else present", None))
#if QT_CONFIG(tooltip)
        self.addPersonButton.setToolTip(QCoreApplication.translate("InspectionEntry", u"Add someone who is not on the roster (Insert)", None))
#endif // QT_CONFIG(tooltip)
        self.addPersonButton.setText(QCoreApplication.translate("InspectionEntry", u"&Add a person\u2026", None))
#if QT_CONFIG(tooltip)
        self.undoButton.setToolTip(QCoreApplication.translate("InspectionEntry", u"Undo the last change (Ctrl+Z)", None))
#endif // QT_CONFIG(tooltip)
        self.undoButton.setText(QCoreApplication.translate("InspectionEntry", u"&Undo", None))
#if QT_CONFIG(tooltip)
        self.redoButton.setToolTip(QCoreApplication.translate("InspectionEntry", u"Redo (Ctrl+Y or Ctrl+Shift+Z)", None))
#endif // QT_CONFIG(tooltip)
        self.redoButton.setText(QCoreApplication.translate("InspectionEntry", u"Re&do", None))
        self.keysLabel.setText(QCoreApplication.translate("InspectionEntry", u"C/Space present \u00b7 M late \u00b7 P excused \u00b7 K unexcused \u00b7 R left post \u00b7 S left early \u00b7 Ctrl+Enter everyone else present", None))
        self.tabs.setTabText(self.tabs.indexOf(self.rosterTab), QCoreApplication.translate("InspectionEntry", u"&Roster and posts", None))
        self.violationsBox.setTitle(QCoreApplication.translate("InspectionEntry", u"Other violations", None))
#if QT_CONFIG(accessibility)
        self.violationsView.setAccessibleName(QCoreApplication.translate("InspectionEntry", u"Other violations", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.categoryCombo.setAccessibleName(QCoreApplication.translate("InspectionEntry", u"Kind of violation", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.violationDescEdit.setAccessibleName(QCoreApplication.translate("InspectionEntry", u"Description of the violation", None))
#endif // QT_CONFIG(accessibility)
        self.violationDescEdit.setPlaceholderText(QCoreApplication.translate("InspectionEntry", u"What was seen", None))
#if QT_CONFIG(accessibility)
        self.violationStaffCombo.setAccessibleName(QCoreApplication.translate("InspectionEntry", u"Person concerned", None))
#endif // QT_CONFIG(accessibility)
        self.addViolationButton.setText(QCoreApplication.translate("InspectionEntry", u"Add vio&lation", None))
        self.removeViolationButton.setText(QCoreApplication.translate("InspectionEntry", u"Remove", None))
        self.actionsBox.setTitle(QCoreApplication.translate("InspectionEntry", u"Corrective actions", None))
#if QT_CONFIG(accessibility)
        self.actionsView.setAccessibleName(QCoreApplication.translate("InspectionEntry", u"Corrective actions", None))
#endif // QT_CONFIG(accessibility)
        self.actionFindingLabel.setText(QCoreApplication.translate("InspectionEntry", u"For the finding:", None))
#if QT_CONFIG(accessibility)
        self.actionFindingCombo.setAccessibleName(QCoreApplication.translate("InspectionEntry", u"The finding the action answers", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.actionDescEdit.setAccessibleName(QCoreApplication.translate("InspectionEntry", u"What must be done", None))
#endif // QT_CONFIG(accessibility)
        self.actionDescEdit.setPlaceholderText(QCoreApplication.translate("InspectionEntry", u"What must be done", None))
#if QT_CONFIG(accessibility)
        self.actionOwnerEdit.setAccessibleName(QCoreApplication.translate("InspectionEntry", u"Who does it", None))
#endif // QT_CONFIG(accessibility)
        self.actionOwnerEdit.setPlaceholderText(QCoreApplication.translate("InspectionEntry", u"Who does it", None))
#if QT_CONFIG(accessibility)
        self.actionDeadlineEdit.setAccessibleName(QCoreApplication.translate("InspectionEntry", u"Deadline", None))
#endif // QT_CONFIG(accessibility)
        self.addActionButton.setText(QCoreApplication.translate("InspectionEntry", u"Add a&ction", None))
        self.cancelActionButton.setText(QCoreApplication.translate("InspectionEntry", u"Cancel action", None))
        self.earlierBox.setTitle(QCoreApplication.translate("InspectionEntry", u"Still open from earlier inspections \u2014 check them now", None))
#if QT_CONFIG(accessibility)
        self.earlierView.setAccessibleName(QCoreApplication.translate("InspectionEntry", u"Corrective actions still open from earlier inspections", None))
#endif // QT_CONFIG(accessibility)
        self.earlierDoneButton.setText(QCoreApplication.translate("InspectionEntry", u"Mark as &done", None))
        self.tabs.setTabText(self.tabs.indexOf(self.findingsTab), QCoreApplication.translate("InspectionEntry", u"&Violations and actions", None))
        self.notesCaption.setText(QCoreApplication.translate("InspectionEntry", u"Notes:", None))
#if QT_CONFIG(accessibility)
        self.notesEdit.setAccessibleName(QCoreApplication.translate("InspectionEntry", u"Notes", None))
#endif // QT_CONFIG(accessibility)
        self.conclusionsCaption.setText(QCoreApplication.translate("InspectionEntry", u"Conclusions:", None))
#if QT_CONFIG(accessibility)
        self.conclusionsEdit.setAccessibleName(QCoreApplication.translate("InspectionEntry", u"Conclusions", None))
#endif // QT_CONFIG(accessibility)
        self.recommendationsCaption.setText(QCoreApplication.translate("InspectionEntry", u"Recommendations:", None))
#if QT_CONFIG(accessibility)
        self.recommendationsEdit.setAccessibleName(QCoreApplication.translate("InspectionEntry", u"Recommendations", None))
#endif // QT_CONFIG(accessibility)
        self.textsSavedLabel.setText(QCoreApplication.translate("InspectionEntry", u"Saved as you type.", None))
        self.tabs.setTabText(self.tabs.indexOf(self.notesTab), QCoreApplication.translate("InspectionEntry", u"N&otes and conclusions", None))
#if QT_CONFIG(accessibility)
        self.photosView.setAccessibleName(QCoreApplication.translate("InspectionEntry", u"Photos", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.photosView.setAccessibleDescription(QCoreApplication.translate("InspectionEntry", u"Photos attached to the minutes. Drop picture files here to attach them.", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.captionEdit.setAccessibleName(QCoreApplication.translate("InspectionEntry", u"Caption of the next photo", None))
#endif // QT_CONFIG(accessibility)
        self.captionEdit.setPlaceholderText(QCoreApplication.translate("InspectionEntry", u"Caption of the next photo, e.g. the one-stop counter with nobody at 07:40", None))
        self.addPhotoButton.setText(QCoreApplication.translate("InspectionEntry", u"A&dd photos\u2026", None))
        self.removePhotoButton.setText(QCoreApplication.translate("InspectionEntry", u"Remove photo", None))
        self.tabs.setTabText(self.tabs.indexOf(self.photosTab), QCoreApplication.translate("InspectionEntry", u"&Photos", None))
#if QT_CONFIG(accessibility)
        self.summaryLabel.setAccessibleName(QCoreApplication.translate("InspectionEntry", u"Summary", None))
#endif // QT_CONFIG(accessibility)
        self.signButton.setText(QCoreApplication.translate("InspectionEntry", u"&Sign off\u2026", None))
    # retranslateUi

