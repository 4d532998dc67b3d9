# Generated from ui/campaign_editor.ui by tools/build_forms.py (pyside6-uic): do not edit.
# Edit the .ui file with pyside6-designer, then run `make forms`.
# mypy: ignore-errors
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'campaign_editor.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import QCoreApplication, QMetaObject, QSize
from PySide6.QtWidgets import QAbstractItemView, QComboBox, QDateEdit, QDialog, QDialogButtonBox, QFormLayout, QGroupBox, QHBoxLayout, QLabel, QLineEdit, QListView, QPlainTextEdit, QPushButton, QSizePolicy, QSpacerItem, QSpinBox, QTabWidget, QTableView, QVBoxLayout, QWidget

class Ui_CampaignEditor(object):
    def setupUi(self, CampaignEditor: QDialog) -> None:
        if not CampaignEditor.objectName():
            CampaignEditor.setObjectName(u"CampaignEditor")
        CampaignEditor.resize(900, 440)
        self.dialogLayout = QVBoxLayout(CampaignEditor)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.tabs = QTabWidget(CampaignEditor)
        self.tabs.setObjectName(u"tabs")
        self.generalTab = QWidget()
        self.generalTab.setObjectName(u"generalTab")
        self.generalLayout = QVBoxLayout(self.generalTab)
        self.generalLayout.setObjectName(u"generalLayout")
        self.generalForm = QFormLayout()
        self.generalForm.setObjectName(u"generalForm")
        self.codeLabel = QLabel(self.generalTab)
        self.codeLabel.setObjectName(u"codeLabel")

        self.generalForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.codeLabel)

        self.codeEdit = QLineEdit(self.generalTab)
        self.codeEdit.setObjectName(u"codeEdit")
        self.codeEdit.setPlaceholderText(u"SAUTET-2025")

        self.generalForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.codeEdit)

        self.nameLabel = QLabel(self.generalTab)
        self.nameLabel.setObjectName(u"nameLabel")

        self.generalForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.nameLabel)

        self.nameEdit = QLineEdit(self.generalTab)
        self.nameEdit.setObjectName(u"nameEdit")
        self.nameEdit.setPlaceholderText(u"Ki\u1ec3m tra k\u1ef7 lu\u1eadt, k\u1ef7 c\u01b0\u01a1ng h\u00e0nh ch\u00ednh sau T\u1ebft \u2026")

        self.generalForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.nameEdit)

        self.legalLabel = QLabel(self.generalTab)
        self.legalLabel.setObjectName(u"legalLabel")

        self.generalForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.legalLabel)

        self.legalEdit = QPlainTextEdit(self.generalTab)
        self.legalEdit.setObjectName(u"legalEdit")
        self.legalEdit.setTabChangesFocus(True)
        self.legalEdit.setMaximumSize(QSize(16777215, 84))

        self.generalForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.legalEdit)

        self.previousLabel = QLabel(self.generalTab)
        self.previousLabel.setObjectName(u"previousLabel")

        self.generalForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.previousLabel)

        self.previousCombo = QComboBox(self.generalTab)
        self.previousCombo.setObjectName(u"previousCombo")

        self.generalForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.previousCombo)


        self.generalLayout.addLayout(self.generalForm)

        self.groupsRow = QHBoxLayout()
        self.groupsRow.setObjectName(u"groupsRow")
        self.datesGroup = QGroupBox(self.generalTab)
        self.datesGroup.setObjectName(u"datesGroup")
        self.datesForm = QFormLayout(self.datesGroup)
        self.datesForm.setObjectName(u"datesForm")
        self.yearLabel = QLabel(self.datesGroup)
        self.yearLabel.setObjectName(u"yearLabel")

        self.datesForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.yearLabel)

        self.yearRow = QHBoxLayout()
        self.yearRow.setObjectName(u"yearRow")
        self.yearSpin = QSpinBox(self.datesGroup)
        self.yearSpin.setObjectName(u"yearSpin")
        self.yearSpin.setMinimum(2000)
        self.yearSpin.setMaximum(2100)
        self.yearSpin.setValue(2025)

        self.yearRow.addWidget(self.yearSpin)

        self.holidayLabel = QLabel(self.datesGroup)
        self.holidayLabel.setObjectName(u"holidayLabel")

        self.yearRow.addWidget(self.holidayLabel)

        self.holidayCombo = QComboBox(self.datesGroup)
        self.holidayCombo.setObjectName(u"holidayCombo")

        self.yearRow.addWidget(self.holidayCombo)

        self.yearRow.setStretch(2, 1)

        self.datesForm.setLayout(0, QFormLayout.ItemRole.FieldRole, self.yearRow)

        self.daysLabel = QLabel(self.datesGroup)
        self.daysLabel.setObjectName(u"daysLabel")

        self.datesForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.daysLabel)

        self.daysSpin = QSpinBox(self.datesGroup)
        self.daysSpin.setObjectName(u"daysSpin")
        self.daysSpin.setMinimum(1)
        self.daysSpin.setMaximum(20)
        self.daysSpin.setValue(2)

        self.datesForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.daysSpin)

        self.startLabel = QLabel(self.datesGroup)
        self.startLabel.setObjectName(u"startLabel")

        self.datesForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.startLabel)

        self.periodRow = QHBoxLayout()
        self.periodRow.setObjectName(u"periodRow")
        self.startEdit = QDateEdit(self.datesGroup)
        self.startEdit.setObjectName(u"startEdit")
        self.startEdit.setDisplayFormat(u"dd/MM/yyyy")
        self.startEdit.setCalendarPopup(True)

        self.periodRow.addWidget(self.startEdit)

        self.endLabel = QLabel(self.datesGroup)
        self.endLabel.setObjectName(u"endLabel")

        self.periodRow.addWidget(self.endLabel)

        self.endEdit = QDateEdit(self.datesGroup)
        self.endEdit.setObjectName(u"endEdit")
        self.endEdit.setDisplayFormat(u"dd/MM/yyyy")
        self.endEdit.setCalendarPopup(True)

        self.periodRow.addWidget(self.endEdit)

        self.periodRowSpacer = QSpacerItem(10, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.periodRow.addItem(self.periodRowSpacer)


        self.datesForm.setLayout(2, QFormLayout.ItemRole.FieldRole, self.periodRow)

        self.datesNote = QLabel(self.datesGroup)
        self.datesNote.setObjectName(u"datesNote")
        self.datesNote.setWordWrap(True)

        self.datesForm.setWidget(3, QFormLayout.ItemRole.SpanningRole, self.datesNote)


        self.groupsRow.addWidget(self.datesGroup)

        self.headingGroup = QGroupBox(self.generalTab)
        self.headingGroup.setObjectName(u"headingGroup")
        self.headingForm = QFormLayout(self.headingGroup)
        self.headingForm.setObjectName(u"headingForm")
        self.parentAgencyLabel = QLabel(self.headingGroup)
        self.parentAgencyLabel.setObjectName(u"parentAgencyLabel")

        self.headingForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.parentAgencyLabel)

        self.parentAgencyEdit = QLineEdit(self.headingGroup)
        self.parentAgencyEdit.setObjectName(u"parentAgencyEdit")
        self.parentAgencyEdit.setPlaceholderText(u"UBND T\u1ec8NH \u2026")

        self.headingForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.parentAgencyEdit)

        self.agencyLabel = QLabel(self.headingGroup)
        self.agencyLabel.setObjectName(u"agencyLabel")

        self.headingForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.agencyLabel)

        self.agencyEdit = QLineEdit(self.headingGroup)
        self.agencyEdit.setObjectName(u"agencyEdit")
        self.agencyEdit.setPlaceholderText(u"V\u0102N PH\u00d2NG")

        self.headingForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.agencyEdit)

        self.placeLabel = QLabel(self.headingGroup)
        self.placeLabel.setObjectName(u"placeLabel")

        self.headingForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.placeLabel)

        self.placeRow = QHBoxLayout()
        self.placeRow.setObjectName(u"placeRow")
        self.placeEdit = QLineEdit(self.headingGroup)
        self.placeEdit.setObjectName(u"placeEdit")

        self.placeRow.addWidget(self.placeEdit)

        self.symbolLabel = QLabel(self.headingGroup)
        self.symbolLabel.setObjectName(u"symbolLabel")

        self.placeRow.addWidget(self.symbolLabel)

        self.symbolEdit = QLineEdit(self.headingGroup)
        self.symbolEdit.setObjectName(u"symbolEdit")
        self.symbolEdit.setText(u"BB-\u0110KT")

        self.placeRow.addWidget(self.symbolEdit)

        self.placeRow.setStretch(0, 3)
        self.placeRow.setStretch(2, 2)

        self.headingForm.setLayout(2, QFormLayout.ItemRole.FieldRole, self.placeRow)

        self.headingNote = QLabel(self.headingGroup)
        self.headingNote.setObjectName(u"headingNote")
        self.headingNote.setWordWrap(True)

        self.headingForm.setWidget(3, QFormLayout.ItemRole.SpanningRole, self.headingNote)


        self.groupsRow.addWidget(self.headingGroup)

        self.groupsRow.setStretch(0, 1)
        self.groupsRow.setStretch(1, 1)

        self.generalLayout.addLayout(self.groupsRow)

        self.generalSpacer = QSpacerItem(10, 10, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.generalLayout.addItem(self.generalSpacer)

        self.tabs.addTab(self.generalTab, "")
        self.teamTab = QWidget()
        self.teamTab.setObjectName(u"teamTab")
        self.teamLayout = QVBoxLayout(self.teamTab)
        self.teamLayout.setObjectName(u"teamLayout")
        self.teamHint = QLabel(self.teamTab)
        self.teamHint.setObjectName(u"teamHint")
        self.teamHint.setWordWrap(True)

        self.teamLayout.addWidget(self.teamHint)

        self.membersView = QTableView(self.teamTab)
        self.membersView.setObjectName(u"membersView")
        self.membersView.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.membersView.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.membersView.setTabKeyNavigation(False)
        self.membersView.verticalHeader().setVisible(False)

        self.teamLayout.addWidget(self.membersView)

        self.teamButtons = QHBoxLayout()
        self.teamButtons.setObjectName(u"teamButtons")
        self.addMemberButton = QPushButton(self.teamTab)
        self.addMemberButton.setObjectName(u"addMemberButton")

        self.teamButtons.addWidget(self.addMemberButton)

        self.removeMemberButton = QPushButton(self.teamTab)
        self.removeMemberButton.setObjectName(u"removeMemberButton")

        self.teamButtons.addWidget(self.removeMemberButton)

        self.copyTeamButton = QPushButton(self.teamTab)
        self.copyTeamButton.setObjectName(u"copyTeamButton")

        self.teamButtons.addWidget(self.copyTeamButton)

        self.teamSpacer = QSpacerItem(10, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.teamButtons.addItem(self.teamSpacer)


        self.teamLayout.addLayout(self.teamButtons)

        self.tabs.addTab(self.teamTab, "")
        self.unitsTab = QWidget()
        self.unitsTab.setObjectName(u"unitsTab")
        self.unitsLayout = QVBoxLayout(self.unitsTab)
        self.unitsLayout.setObjectName(u"unitsLayout")
        self.searchRow = QHBoxLayout()
        self.searchRow.setObjectName(u"searchRow")
        self.searchLabel = QLabel(self.unitsTab)
        self.searchLabel.setObjectName(u"searchLabel")

        self.searchRow.addWidget(self.searchLabel)

        self.unitSearch = QLineEdit(self.unitsTab)
        self.unitSearch.setObjectName(u"unitSearch")
        self.unitSearch.setClearButtonEnabled(True)

        self.searchRow.addWidget(self.unitSearch)


        self.unitsLayout.addLayout(self.searchRow)

        self.unitsView = QListView(self.unitsTab)
        self.unitsView.setObjectName(u"unitsView")
        self.unitsView.setAlternatingRowColors(True)
        self.unitsView.setUniformItemSizes(True)

        self.unitsLayout.addWidget(self.unitsView)

        self.unitButtons = QHBoxLayout()
        self.unitButtons.setObjectName(u"unitButtons")
        self.checkShownButton = QPushButton(self.unitsTab)
        self.checkShownButton.setObjectName(u"checkShownButton")

        self.unitButtons.addWidget(self.checkShownButton)

        self.uncheckShownButton = QPushButton(self.unitsTab)
        self.uncheckShownButton.setObjectName(u"uncheckShownButton")

        self.unitButtons.addWidget(self.uncheckShownButton)

        self.unitsSpacer = QSpacerItem(10, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.unitButtons.addItem(self.unitsSpacer)

        self.unitsCountLabel = QLabel(self.unitsTab)
        self.unitsCountLabel.setObjectName(u"unitsCountLabel")

        self.unitButtons.addWidget(self.unitsCountLabel)


        self.unitsLayout.addLayout(self.unitButtons)

        self.tabs.addTab(self.unitsTab, "")

        self.dialogLayout.addWidget(self.tabs)

        self.buttonBox = QDialogButtonBox(CampaignEditor)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.dialogLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.codeLabel.setBuddy(self.codeEdit)
        self.nameLabel.setBuddy(self.nameEdit)
        self.legalLabel.setBuddy(self.legalEdit)
        self.previousLabel.setBuddy(self.previousCombo)
        self.yearLabel.setBuddy(self.yearSpin)
        self.holidayLabel.setBuddy(self.holidayCombo)
        self.daysLabel.setBuddy(self.daysSpin)
        self.startLabel.setBuddy(self.startEdit)
        self.endLabel.setBuddy(self.endEdit)
        self.parentAgencyLabel.setBuddy(self.parentAgencyEdit)
        self.agencyLabel.setBuddy(self.agencyEdit)
        self.placeLabel.setBuddy(self.placeEdit)
        self.symbolLabel.setBuddy(self.symbolEdit)
        self.searchLabel.setBuddy(self.unitSearch)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.tabs, self.codeEdit)
        QWidget.setTabOrder(self.codeEdit, self.nameEdit)
        QWidget.setTabOrder(self.nameEdit, self.legalEdit)
        QWidget.setTabOrder(self.legalEdit, self.previousCombo)
        QWidget.setTabOrder(self.previousCombo, self.yearSpin)
        QWidget.setTabOrder(self.yearSpin, self.holidayCombo)
        QWidget.setTabOrder(self.holidayCombo, self.daysSpin)
        QWidget.setTabOrder(self.daysSpin, self.startEdit)
        QWidget.setTabOrder(self.startEdit, self.endEdit)
        QWidget.setTabOrder(self.endEdit, self.parentAgencyEdit)
        QWidget.setTabOrder(self.parentAgencyEdit, self.agencyEdit)
        QWidget.setTabOrder(self.agencyEdit, self.placeEdit)
        QWidget.setTabOrder(self.placeEdit, self.symbolEdit)
        QWidget.setTabOrder(self.symbolEdit, self.membersView)
        QWidget.setTabOrder(self.membersView, self.addMemberButton)
        QWidget.setTabOrder(self.addMemberButton, self.removeMemberButton)
        QWidget.setTabOrder(self.removeMemberButton, self.copyTeamButton)
        QWidget.setTabOrder(self.copyTeamButton, self.unitSearch)
        QWidget.setTabOrder(self.unitSearch, self.unitsView)
        QWidget.setTabOrder(self.unitsView, self.checkShownButton)
        QWidget.setTabOrder(self.checkShownButton, self.uncheckShownButton)
        QWidget.setTabOrder(self.uncheckShownButton, self.buttonBox)

        self.retranslateUi(CampaignEditor)

        self.tabs.setCurrentIndex(0)


        QMetaObject.connectSlotsByName(CampaignEditor)
    # setupUi

    def retranslateUi(self, CampaignEditor: QDialog) -> None:
        CampaignEditor.setWindowTitle(QCoreApplication.translate("CampaignEditor", u"Campaign", None))
#if QT_CONFIG(accessibility)
        self.tabs.setAccessibleName(QCoreApplication.translate("CampaignEditor", u"Campaign details", None))
#endif // QT_CONFIG(accessibility)
        self.codeLabel.setText(QCoreApplication.translate("CampaignEditor", u"&Code:", None))
#if QT_CONFIG(accessibility)
        self.codeEdit.setAccessibleName(QCoreApplication.translate("CampaignEditor", u"Campaign code", None))
#endif // QT_CONFIG(accessibility)
        self.nameLabel.setText(QCoreApplication.translate("CampaignEditor", u"&Name:", None))
#if QT_CONFIG(accessibility)
        self.nameEdit.setAccessibleName(QCoreApplication.translate("CampaignEditor", u"Campaign name", None))
#endif // QT_CONFIG(accessibility)
        self.legalLabel.setText(QCoreApplication.translate("CampaignEditor", u"Legal &basis:", None))
#if QT_CONFIG(accessibility)
        self.legalEdit.setAccessibleName(QCoreApplication.translate("CampaignEditor", u"Legal basis", None))
#endif // QT_CONFIG(accessibility)
        self.legalEdit.setPlaceholderText(QCoreApplication.translate("CampaignEditor", u"The plan, directive or decision the inspection follows, one per line", None))
        self.previousLabel.setText(QCoreApplication.translate("CampaignEditor", u"Compare &with:", None))
#if QT_CONFIG(accessibility)
        self.previousCombo.setAccessibleName(QCoreApplication.translate("CampaignEditor", u"Campaign to compare with", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(tooltip)
        self.previousCombo.setToolTip(QCoreApplication.translate("CampaignEditor", u"The earlier campaign whose rates the dashboard and the reports show beside this one's", None))
#endif // QT_CONFIG(tooltip)
        self.datesGroup.setTitle(QCoreApplication.translate("CampaignEditor", u"Dates", None))
        self.yearLabel.setText(QCoreApplication.translate("CampaignEditor", u"&Year:", None))
#if QT_CONFIG(accessibility)
        self.yearSpin.setAccessibleName(QCoreApplication.translate("CampaignEditor", u"Year of the holiday", None))
#endif // QT_CONFIG(accessibility)
        self.holidayLabel.setText(QCoreApplication.translate("CampaignEditor", u"&Holiday:", None))
#if QT_CONFIG(accessibility)
        self.holidayCombo.setAccessibleName(QCoreApplication.translate("CampaignEditor", u"Holiday the campaign follows", None))
#endif // QT_CONFIG(accessibility)
        self.daysLabel.setText(QCoreApplication.translate("CampaignEditor", u"Working &days:", None))
#if QT_CONFIG(accessibility)
        self.daysSpin.setAccessibleName(QCoreApplication.translate("CampaignEditor", u"Number of working days", None))
#endif // QT_CONFIG(accessibility)
        self.startLabel.setText(QCoreApplication.translate("CampaignEditor", u"&From:", None))
#if QT_CONFIG(accessibility)
        self.startEdit.setAccessibleName(QCoreApplication.translate("CampaignEditor", u"First day", None))
#endif // QT_CONFIG(accessibility)
        self.endLabel.setText(QCoreApplication.translate("CampaignEditor", u"T&o:", None))
#if QT_CONFIG(accessibility)
        self.endEdit.setAccessibleName(QCoreApplication.translate("CampaignEditor", u"Last day", None))
#endif // QT_CONFIG(accessibility)
        self.datesNote.setText(QCoreApplication.translate("CampaignEditor", u"The dates proposed are the first working days after the holiday; you can change them.", None))
        self.headingGroup.setTitle(QCoreApplication.translate("CampaignEditor", u"Minutes heading", None))
        self.parentAgencyLabel.setText(QCoreApplication.translate("CampaignEditor", u"&Parent agency:", None))
#if QT_CONFIG(accessibility)
        self.parentAgencyEdit.setAccessibleName(QCoreApplication.translate("CampaignEditor", u"Parent agency", None))
#endif // QT_CONFIG(accessibility)
        self.agencyLabel.setText(QCoreApplication.translate("CampaignEditor", u"&Agency:", None))
#if QT_CONFIG(accessibility)
        self.agencyEdit.setAccessibleName(QCoreApplication.translate("CampaignEditor", u"Agency", None))
#endif // QT_CONFIG(accessibility)
        self.placeLabel.setText(QCoreApplication.translate("CampaignEditor", u"Plac&e:", None))
#if QT_CONFIG(accessibility)
        self.placeEdit.setAccessibleName(QCoreApplication.translate("CampaignEditor", u"Place", None))
#endif // QT_CONFIG(accessibility)
        self.symbolLabel.setText(QCoreApplication.translate("CampaignEditor", u"Number sy&mbol:", None))
#if QT_CONFIG(accessibility)
        self.symbolEdit.setAccessibleName(QCoreApplication.translate("CampaignEditor", u"Number symbol", None))
#endif // QT_CONFIG(accessibility)
        self.headingNote.setText(QCoreApplication.translate("CampaignEditor", u"As printed at the head of the minutes: the agency lines in capitals, the place in the date line; minutes are numbered 01/BB-\u0110KT, 02/BB-\u0110KT\u2026", None))
        self.tabs.setTabText(self.tabs.indexOf(self.generalTab), QCoreApplication.translate("CampaignEditor", u"&General", None))
        self.teamHint.setText(QCoreApplication.translate("CampaignEditor", u"The team's names and titles are printed in the minutes. Link a member to an account so that they can record the campaign's inspections.", None))
#if QT_CONFIG(accessibility)
        self.membersView.setAccessibleName(QCoreApplication.translate("CampaignEditor", u"Team members", None))
#endif // QT_CONFIG(accessibility)
        self.addMemberButton.setText(QCoreApplication.translate("CampaignEditor", u"&Add member", None))
        self.removeMemberButton.setText(QCoreApplication.translate("CampaignEditor", u"&Remove member", None))
        self.copyTeamButton.setText(QCoreApplication.translate("CampaignEditor", u"&Copy the compared campaign's team", None))
        self.tabs.setTabText(self.tabs.indexOf(self.teamTab), QCoreApplication.translate("CampaignEditor", u"&Team", None))
        self.searchLabel.setText(QCoreApplication.translate("CampaignEditor", u"&Search:", None))
#if QT_CONFIG(accessibility)
        self.unitSearch.setAccessibleName(QCoreApplication.translate("CampaignEditor", u"Search units", None))
#endif // QT_CONFIG(accessibility)
        self.unitSearch.setPlaceholderText(QCoreApplication.translate("CampaignEditor", u"Part of a unit's name or code, with or without accents", None))
#if QT_CONFIG(accessibility)
        self.unitsView.setAccessibleName(QCoreApplication.translate("CampaignEditor", u"Units to inspect", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.unitsView.setAccessibleDescription(QCoreApplication.translate("CampaignEditor", u"Press Space to choose or leave out the unit", None))
#endif // QT_CONFIG(accessibility)
        self.checkShownButton.setText(QCoreApplication.translate("CampaignEditor", u"Choose a&ll shown", None))
        self.uncheckShownButton.setText(QCoreApplication.translate("CampaignEditor", u"Lea&ve out all shown", None))
        self.tabs.setTabText(self.tabs.indexOf(self.unitsTab), QCoreApplication.translate("CampaignEditor", u"&Units", None))
    # retranslateUi

