# Generated from ui/settings_page.ui by tools/build_forms.py (pyside6-uic): do not edit.
# Edit the .ui file with pyside6-designer, then run `make forms`.
# mypy: ignore-errors
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'settings_page.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import QCoreApplication, QMetaObject, QSize, Qt
from PySide6.QtWidgets import QComboBox, QFormLayout, QFrame, QGroupBox, QHBoxLayout, QLabel, QLineEdit, QPushButton, QRadioButton, QScrollArea, QSizePolicy, QSpacerItem, QSpinBox, QVBoxLayout, QWidget

class Ui_SettingsPage(object):
    def setupUi(self, SettingsPage: QWidget) -> None:
        if not SettingsPage.objectName():
            SettingsPage.setObjectName(u"SettingsPage")
        SettingsPage.resize(720, 640)
        self.pageLayout = QVBoxLayout(SettingsPage)
        self.pageLayout.setObjectName(u"pageLayout")
        self.titleLabel = QLabel(SettingsPage)
        self.titleLabel.setObjectName(u"titleLabel")

        self.pageLayout.addWidget(self.titleLabel)

        self.scrollArea = QScrollArea(SettingsPage)
        self.scrollArea.setObjectName(u"scrollArea")
        self.scrollArea.setFrameShape(QFrame.Shape.NoFrame)
        self.scrollArea.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.scrollArea.setWidgetResizable(True)
        self.scrollContents = QWidget()
        self.scrollContents.setObjectName(u"scrollContents")
        self.contentLayout = QVBoxLayout(self.scrollContents)
        self.contentLayout.setObjectName(u"contentLayout")
        self.contentLayout.setContentsMargins(0, 0, 0, 0)
        self.languageGroup = QGroupBox(self.scrollContents)
        self.languageGroup.setObjectName(u"languageGroup")
        self.languageForm = QFormLayout(self.languageGroup)
        self.languageForm.setObjectName(u"languageForm")
        self.languageLabel = QLabel(self.languageGroup)
        self.languageLabel.setObjectName(u"languageLabel")

        self.languageForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.languageLabel)

        self.languageCombo = QComboBox(self.languageGroup)
        self.languageCombo.setObjectName(u"languageCombo")
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Fixed)
        sizePolicy.setHorizontalStretch(0)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.languageCombo.sizePolicy().hasHeightForWidth())
        self.languageCombo.setSizePolicy(sizePolicy)

        self.languageForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.languageCombo)

        self.languageNote = QLabel(self.languageGroup)
        self.languageNote.setObjectName(u"languageNote")
        self.languageNote.setWordWrap(True)

        self.languageForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.languageNote)


        self.contentLayout.addWidget(self.languageGroup)

        self.profileGroup = QGroupBox(self.scrollContents)
        self.profileGroup.setObjectName(u"profileGroup")
        self.profileForm = QFormLayout(self.profileGroup)
        self.profileForm.setObjectName(u"profileForm")
        self.fullNameLabel = QLabel(self.profileGroup)
        self.fullNameLabel.setObjectName(u"fullNameLabel")

        self.profileForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.fullNameLabel)

        self.fullNameEdit = QLineEdit(self.profileGroup)
        self.fullNameEdit.setObjectName(u"fullNameEdit")
        self.fullNameEdit.setMaximumSize(QSize(520, 16777215))
        self.fullNameEdit.setMaxLength(120)

        self.profileForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.fullNameEdit)

        self.positionLabel = QLabel(self.profileGroup)
        self.positionLabel.setObjectName(u"positionLabel")

        self.profileForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.positionLabel)

        self.positionEdit = QLineEdit(self.profileGroup)
        self.positionEdit.setObjectName(u"positionEdit")
        self.positionEdit.setMaximumSize(QSize(520, 16777215))
        self.positionEdit.setMaxLength(120)

        self.profileForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.positionEdit)

        self.agencyLabel = QLabel(self.profileGroup)
        self.agencyLabel.setObjectName(u"agencyLabel")

        self.profileForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.agencyLabel)

        self.agencyEdit = QLineEdit(self.profileGroup)
        self.agencyEdit.setObjectName(u"agencyEdit")
        self.agencyEdit.setMaximumSize(QSize(520, 16777215))
        self.agencyEdit.setMaxLength(200)

        self.profileForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.agencyEdit)

        self.profileNote = QLabel(self.profileGroup)
        self.profileNote.setObjectName(u"profileNote")
        self.profileNote.setWordWrap(True)

        self.profileForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.profileNote)


        self.contentLayout.addWidget(self.profileGroup)

        self.documentsGroup = QGroupBox(self.scrollContents)
        self.documentsGroup.setObjectName(u"documentsGroup")
        self.documentsLayout = QVBoxLayout(self.documentsGroup)
        self.documentsLayout.setObjectName(u"documentsLayout")
        self.fontCaption = QLabel(self.documentsGroup)
        self.fontCaption.setObjectName(u"fontCaption")

        self.documentsLayout.addWidget(self.fontCaption)

        self.bundledFontRadio = QRadioButton(self.documentsGroup)
        self.bundledFontRadio.setObjectName(u"bundledFontRadio")

        self.documentsLayout.addWidget(self.bundledFontRadio)

        self.timesFontRadio = QRadioButton(self.documentsGroup)
        self.timesFontRadio.setObjectName(u"timesFontRadio")

        self.documentsLayout.addWidget(self.timesFontRadio)

        self.fontFolderRow = QHBoxLayout()
        self.fontFolderRow.setObjectName(u"fontFolderRow")
        self.fontFolderEdit = QLineEdit(self.documentsGroup)
        self.fontFolderEdit.setObjectName(u"fontFolderEdit")
        self.fontFolderEdit.setReadOnly(True)

        self.fontFolderRow.addWidget(self.fontFolderEdit)

        self.fontFolderButton = QPushButton(self.documentsGroup)
        self.fontFolderButton.setObjectName(u"fontFolderButton")

        self.fontFolderRow.addWidget(self.fontFolderButton)


        self.documentsLayout.addLayout(self.fontFolderRow)

        self.fontNote = QLabel(self.documentsGroup)
        self.fontNote.setObjectName(u"fontNote")
        self.fontNote.setWordWrap(True)

        self.documentsLayout.addWidget(self.fontNote)


        self.contentLayout.addWidget(self.documentsGroup)

        self.scheduleGroup = QGroupBox(self.scrollContents)
        self.scheduleGroup.setObjectName(u"scheduleGroup")
        self.scheduleLayout = QHBoxLayout(self.scheduleGroup)
        self.scheduleLayout.setObjectName(u"scheduleLayout")
        self.scheduleNote = QLabel(self.scheduleGroup)
        self.scheduleNote.setObjectName(u"scheduleNote")
        self.scheduleNote.setWordWrap(True)

        self.scheduleLayout.addWidget(self.scheduleNote)

        self.openScheduleButton = QPushButton(self.scheduleGroup)
        self.openScheduleButton.setObjectName(u"openScheduleButton")

        self.scheduleLayout.addWidget(self.openScheduleButton)

        self.scheduleLayout.setStretch(0, 1)

        self.contentLayout.addWidget(self.scheduleGroup)

        self.lockGroup = QGroupBox(self.scrollContents)
        self.lockGroup.setObjectName(u"lockGroup")
        self.lockForm = QFormLayout(self.lockGroup)
        self.lockForm.setObjectName(u"lockForm")
        self.idleLockLabel = QLabel(self.lockGroup)
        self.idleLockLabel.setObjectName(u"idleLockLabel")

        self.lockForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.idleLockLabel)

        self.idleLockSpin = QSpinBox(self.lockGroup)
        self.idleLockSpin.setObjectName(u"idleLockSpin")
        sizePolicy.setHeightForWidth(self.idleLockSpin.sizePolicy().hasHeightForWidth())
        self.idleLockSpin.setSizePolicy(sizePolicy)
        self.idleLockSpin.setMinimum(1)
        self.idleLockSpin.setMaximum(240)
        self.idleLockSpin.setValue(10)

        self.lockForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.idleLockSpin)

        self.idleLockNote = QLabel(self.lockGroup)
        self.idleLockNote.setObjectName(u"idleLockNote")
        self.idleLockNote.setWordWrap(True)

        self.lockForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.idleLockNote)


        self.contentLayout.addWidget(self.lockGroup)

        self.dataGroup = QGroupBox(self.scrollContents)
        self.dataGroup.setObjectName(u"dataGroup")
        self.dataForm = QFormLayout(self.dataGroup)
        self.dataForm.setObjectName(u"dataForm")
        self.databaseCaption = QLabel(self.dataGroup)
        self.databaseCaption.setObjectName(u"databaseCaption")

        self.dataForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.databaseCaption)

        self.databaseValue = QLabel(self.dataGroup)
        self.databaseValue.setObjectName(u"databaseValue")
        self.databaseValue.setWordWrap(True)
        self.databaseValue.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByKeyboard|Qt.TextInteractionFlag.TextSelectableByMouse)

        self.dataForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.databaseValue)

        self.nextDatabaseLabel = QLabel(self.dataGroup)
        self.nextDatabaseLabel.setObjectName(u"nextDatabaseLabel")

        self.dataForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.nextDatabaseLabel)

        self.nextDatabaseRow = QHBoxLayout()
        self.nextDatabaseRow.setObjectName(u"nextDatabaseRow")
        self.nextDatabaseEdit = QLineEdit(self.dataGroup)
        self.nextDatabaseEdit.setObjectName(u"nextDatabaseEdit")
        self.nextDatabaseEdit.setReadOnly(True)

        self.nextDatabaseRow.addWidget(self.nextDatabaseEdit)

        self.chooseDatabaseButton = QPushButton(self.dataGroup)
        self.chooseDatabaseButton.setObjectName(u"chooseDatabaseButton")

        self.nextDatabaseRow.addWidget(self.chooseDatabaseButton)

        self.defaultDatabaseButton = QPushButton(self.dataGroup)
        self.defaultDatabaseButton.setObjectName(u"defaultDatabaseButton")

        self.nextDatabaseRow.addWidget(self.defaultDatabaseButton)


        self.dataForm.setLayout(1, QFormLayout.ItemRole.FieldRole, self.nextDatabaseRow)

        self.databaseNote = QLabel(self.dataGroup)
        self.databaseNote.setObjectName(u"databaseNote")
        self.databaseNote.setWordWrap(True)

        self.dataForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.databaseNote)

        self.logCaption = QLabel(self.dataGroup)
        self.logCaption.setObjectName(u"logCaption")

        self.dataForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.logCaption)

        self.logValue = QLabel(self.dataGroup)
        self.logValue.setObjectName(u"logValue")
        self.logValue.setWordWrap(True)
        self.logValue.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByKeyboard|Qt.TextInteractionFlag.TextSelectableByMouse)

        self.dataForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.logValue)


        self.contentLayout.addWidget(self.dataGroup)

        self.bottomSpacer = QSpacerItem(20, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.contentLayout.addItem(self.bottomSpacer)

        self.scrollArea.setWidget(self.scrollContents)

        self.pageLayout.addWidget(self.scrollArea)

#if QT_CONFIG(shortcut)
        self.languageLabel.setBuddy(self.languageCombo)
        self.fullNameLabel.setBuddy(self.fullNameEdit)
        self.positionLabel.setBuddy(self.positionEdit)
        self.agencyLabel.setBuddy(self.agencyEdit)
        self.idleLockLabel.setBuddy(self.idleLockSpin)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.languageCombo, self.fullNameEdit)
        QWidget.setTabOrder(self.fullNameEdit, self.positionEdit)
        QWidget.setTabOrder(self.positionEdit, self.agencyEdit)
        QWidget.setTabOrder(self.agencyEdit, self.bundledFontRadio)
        QWidget.setTabOrder(self.bundledFontRadio, self.timesFontRadio)
        QWidget.setTabOrder(self.timesFontRadio, self.fontFolderEdit)
        QWidget.setTabOrder(self.fontFolderEdit, self.fontFolderButton)
        QWidget.setTabOrder(self.fontFolderButton, self.openScheduleButton)
        QWidget.setTabOrder(self.openScheduleButton, self.idleLockSpin)
        QWidget.setTabOrder(self.idleLockSpin, self.nextDatabaseEdit)
        QWidget.setTabOrder(self.nextDatabaseEdit, self.chooseDatabaseButton)
        QWidget.setTabOrder(self.chooseDatabaseButton, self.defaultDatabaseButton)

        self.retranslateUi(SettingsPage)

        QMetaObject.connectSlotsByName(SettingsPage)
    # setupUi

    def retranslateUi(self, SettingsPage: QWidget) -> None:
#if QT_CONFIG(accessibility)
        SettingsPage.setAccessibleName(QCoreApplication.translate("SettingsPage", u"Settings", None))
#endif // QT_CONFIG(accessibility)
        self.titleLabel.setText(QCoreApplication.translate("SettingsPage", u"Settings", None))
#if QT_CONFIG(accessibility)
        self.titleLabel.setAccessibleName(QCoreApplication.translate("SettingsPage", u"Settings", None))
#endif // QT_CONFIG(accessibility)
        self.languageGroup.setTitle(QCoreApplication.translate("SettingsPage", u"Language", None))
        self.languageLabel.setText(QCoreApplication.translate("SettingsPage", u"&Interface language:", None))
#if QT_CONFIG(accessibility)
        self.languageCombo.setAccessibleName(QCoreApplication.translate("SettingsPage", u"Interface language", None))
#endif // QT_CONFIG(accessibility)
        self.languageNote.setText(QCoreApplication.translate("SettingsPage", u"A new language is used the next time OfficeDesk starts.", None))
        self.profileGroup.setTitle(QCoreApplication.translate("SettingsPage", u"Inspector using this computer", None))
        self.fullNameLabel.setText(QCoreApplication.translate("SettingsPage", u"Full &name:", None))
#if QT_CONFIG(accessibility)
        self.fullNameEdit.setAccessibleName(QCoreApplication.translate("SettingsPage", u"Full name of the inspector", None))
#endif // QT_CONFIG(accessibility)
        self.positionLabel.setText(QCoreApplication.translate("SettingsPage", u"&Position:", None))
#if QT_CONFIG(accessibility)
        self.positionEdit.setAccessibleName(QCoreApplication.translate("SettingsPage", u"Position of the inspector", None))
#endif // QT_CONFIG(accessibility)
        self.agencyLabel.setText(QCoreApplication.translate("SettingsPage", u"&Unit or agency:", None))
#if QT_CONFIG(accessibility)
        self.agencyEdit.setAccessibleName(QCoreApplication.translate("SettingsPage", u"Unit or agency of the inspector", None))
#endif // QT_CONFIG(accessibility)
        self.profileNote.setText(QCoreApplication.translate("SettingsPage", u"Kept on this computer only. When a campaign names no minute-taker, the sign-off dialog fills in the minute-taker's block with it.", None))
        self.documentsGroup.setTitle(QCoreApplication.translate("SettingsPage", u"Documents", None))
        self.fontCaption.setText(QCoreApplication.translate("SettingsPage", u"Font of the minutes and reports:", None))
#if QT_CONFIG(accessibility)
        self.bundledFontRadio.setAccessibleName(QCoreApplication.translate("SettingsPage", u"Liberation Serif (comes with OfficeDesk)", None))
#endif // QT_CONFIG(accessibility)
        self.bundledFontRadio.setText(QCoreApplication.translate("SettingsPage", u"Li&beration Serif (comes with OfficeDesk, same letter sizes as Times New Roman)", None))
#if QT_CONFIG(accessibility)
        self.timesFontRadio.setAccessibleName(QCoreApplication.translate("SettingsPage", u"Times New Roman installed on this computer", None))
#endif // QT_CONFIG(accessibility)
        self.timesFontRadio.setText(QCoreApplication.translate("SettingsPage", u"Times New Roman installed on this &computer", None))
#if QT_CONFIG(accessibility)
        self.fontFolderEdit.setAccessibleName(QCoreApplication.translate("SettingsPage", u"Folder of Times New Roman", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.fontFolderButton.setAccessibleName(QCoreApplication.translate("SettingsPage", u"Choose the folder holding Times New Roman", None))
#endif // QT_CONFIG(accessibility)
        self.fontFolderButton.setText(QCoreApplication.translate("SettingsPage", u"Choose f&older\u2026", None))
#if QT_CONFIG(tooltip)
        self.fontFolderButton.setToolTip(QCoreApplication.translate("SettingsPage", u"The folder holding the four Times New Roman files: regular, bold, italic and bold italic", None))
#endif // QT_CONFIG(tooltip)
        self.fontNote.setText(QCoreApplication.translate("SettingsPage", u"Documents made after a change use the new font.", None))
        self.scheduleGroup.setTitle(QCoreApplication.translate("SettingsPage", u"Working hours", None))
        self.scheduleNote.setText(QCoreApplication.translate("SettingsPage", u"Working hours are set per unit under Units and staff \u2192 Working hours.", None))
#if QT_CONFIG(accessibility)
        self.openScheduleButton.setAccessibleName(QCoreApplication.translate("SettingsPage", u"Open working hours", None))
#endif // QT_CONFIG(accessibility)
        self.openScheduleButton.setText(QCoreApplication.translate("SettingsPage", u"Open &working hours", None))
        self.lockGroup.setTitle(QCoreApplication.translate("SettingsPage", u"Shared computer", None))
        self.idleLockLabel.setText(QCoreApplication.translate("SettingsPage", u"&Lock after this long without use:", None))
#if QT_CONFIG(accessibility)
        self.idleLockSpin.setAccessibleName(QCoreApplication.translate("SettingsPage", u"Minutes without use before OfficeDesk locks", None))
#endif // QT_CONFIG(accessibility)
        self.idleLockSpin.setSuffix(QCoreApplication.translate("SettingsPage", u" min", None))
        self.idleLockNote.setText(QCoreApplication.translate("SettingsPage", u"OfficeDesk hides the screen and asks for the password again when nobody has used it for this many minutes. Everything entered stays saved.", None))
        self.dataGroup.setTitle(QCoreApplication.translate("SettingsPage", u"Data", None))
        self.databaseCaption.setText(QCoreApplication.translate("SettingsPage", u"Database in use:", None))
        self.databaseValue.setText("")
#if QT_CONFIG(accessibility)
        self.databaseValue.setAccessibleName(QCoreApplication.translate("SettingsPage", u"Database in use", None))
#endif // QT_CONFIG(accessibility)
        self.nextDatabaseLabel.setText(QCoreApplication.translate("SettingsPage", u"Database at the next start:", None))
#if QT_CONFIG(accessibility)
        self.nextDatabaseEdit.setAccessibleName(QCoreApplication.translate("SettingsPage", u"Database at the next start", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.chooseDatabaseButton.setAccessibleName(QCoreApplication.translate("SettingsPage", u"Choose the database", None))
#endif // QT_CONFIG(accessibility)
        self.chooseDatabaseButton.setText(QCoreApplication.translate("SettingsPage", u"Choose &database\u2026", None))
#if QT_CONFIG(tooltip)
        self.chooseDatabaseButton.setToolTip(QCoreApplication.translate("SettingsPage", u"Choose an OfficeDesk database file, or a name for a new one", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.defaultDatabaseButton.setAccessibleName(QCoreApplication.translate("SettingsPage", u"Use the default database", None))
#endif // QT_CONFIG(accessibility)
        self.defaultDatabaseButton.setText(QCoreApplication.translate("SettingsPage", u"Use the d&efault", None))
        self.databaseNote.setText("")
        self.logCaption.setText(QCoreApplication.translate("SettingsPage", u"Error log folder:", None))
        self.logValue.setText("")
#if QT_CONFIG(accessibility)
        self.logValue.setAccessibleName(QCoreApplication.translate("SettingsPage", u"Error log folder", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

