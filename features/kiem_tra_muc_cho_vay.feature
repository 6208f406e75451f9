# language: vi
@family:ceiling
Tính năng: Kiểm tra mức cho vay và khoản vay trùng mục đích
  Mức cho vay tối đa áp dụng cho dư nợ của hộ trong từng chương trình, tại ngày giải ngân; với nước
  sạch và vệ sinh môi trường là theo từng loại công trình (D8). Dư nợ trước khoản vay là dư nợ hiện
  nay của các khoản vay khác cùng chương trình giải ngân trước: không thể cao hơn dư nợ lúc đó.
  Hộ nghèo: 100.000.000 đồng từ 01/03/2019; nước sạch, nhà tiêu: 25.000.000 đồng mỗi loại từ 02/09/2024.

  Bối cảnh:
    Cho ngày rà soát là 14/12/2025

  @flag:ceiling.above_ceiling
  Tình huống: Hai khoản vay hộ nghèo vượt mức 100 triệu đồng
    Cho hộ "H31" ở nông thôn có thu nhập 1.000.000 đồng/người/tháng
    Và hộ "H31" thiếu hụt 3 chỉ số về nước, nhà tiêu, nhà ở, diện tích
    Và hộ "H31" được UBND xã công nhận "hộ nghèo" ngày 15/12/2023
    Và sổ vay có các khoản vay:
      | mã khoản vay | hộ  | chương trình     | giải ngân  | ngày giải ngân |
      | V31          | H31 | Cho vay hộ nghèo | 60.000.000 | 01/03/2024     |
      | V32          | H31 | Cho vay hộ nghèo | 40.000.001 | 01/04/2025     |
    Khi kiểm tra danh sách và sổ vay
    Thì có cảnh báo "ceiling.above_ceiling" cho khoản vay "V32"
    Và cảnh báo đó nêu "60.000.000 đồng + số tiền giải ngân 40.000.001 đồng = 100.000.001 đồng, vượt mức cho vay tối đa 100.000.000 đồng"
    Và cảnh báo đó có căn cứ "programs.poor_households.ceiling"
    Và không có cảnh báo "ceiling.above_ceiling" cho khoản vay "V31"

  @flag:ceiling.above_ceiling
  Tình huống: Đúng bằng mức cho vay tối đa thì không vượt
    Cho hộ "H32" ở nông thôn có thu nhập 1.000.000 đồng/người/tháng
    Và hộ "H32" thiếu hụt 3 chỉ số về nước, nhà tiêu, nhà ở, diện tích
    Và hộ "H32" được UBND xã công nhận "hộ nghèo" ngày 15/12/2023
    Và sổ vay có các khoản vay:
      | mã khoản vay | hộ  | chương trình     | giải ngân  | ngày giải ngân |
      | V33          | H32 | Cho vay hộ nghèo | 60.000.000 | 01/03/2024     |
      | V34          | H32 | Cho vay hộ nghèo | 40.000.000 | 01/04/2025     |
    Khi kiểm tra danh sách và sổ vay
    Thì không có cảnh báo "ceiling.above_ceiling"

  @flag:ceiling.above_ceiling
  Tình huống: Mức cho vay nước sạch và nhà tiêu tính riêng từng loại công trình
    Cho hộ "H33" ở nông thôn có thu nhập 2.500.000 đồng/người/tháng
    Và sổ vay có các khoản vay:
      | mã khoản vay | hộ  | chương trình                    | mục đích               | giải ngân  | ngày giải ngân |
      | V35          | H33 | Nước sạch và vệ sinh môi trường | Khoan giếng, bể lọc    | 25.000.000 | 01/10/2024     |
      | V36          | H33 | Nước sạch và vệ sinh môi trường | Xây nhà tiêu tự hoại   | 25.000.000 | 01/11/2024     |
      | V37          | H33 | Nước sạch và vệ sinh môi trường | Lắp đường ống nước sạch | 1          | 01/12/2024     |
    Khi kiểm tra danh sách và sổ vay
    Thì có cảnh báo "ceiling.above_ceiling" cho khoản vay "V37"
    Và cảnh báo đó nêu "loại công trình: cấp nước"
    Và không có cảnh báo "ceiling.above_ceiling" cho khoản vay "V36"

  @flag:ceiling.same_purpose
  Tình huống: Hai khoản vay còn dư nợ cùng mục đích ở hai chương trình
    Cho hộ "H34" ở nông thôn có thu nhập 1.300.000 đồng/người/tháng
    Và hộ "H34" được UBND xã công nhận "hộ cận nghèo" ngày 15/12/2024
    Và sổ vay có các khoản vay:
      | mã khoản vay | hộ  | chương trình         | mục đích      | giải ngân  | dư nợ      |
      | V38          | H34 | Cho vay hộ cận nghèo | Chăn nuôi lợn | 30.000.000 | 30.000.000 |
      | V39          | H34 | GQVL                 | chăn nuôi lợn | 40.000.000 | 40.000.000 |
      | V40          | H34 | GQVL                 | Trồng cà phê  | 20.000.000 | 20.000.000 |
    Khi kiểm tra danh sách và sổ vay
    Thì có cảnh báo "ceiling.same_purpose" cho khoản vay "V38"
    Và cảnh báo đó nêu "với khoản vay V39"
    Và cảnh báo đó có căn cứ "tín hiệu kỹ thuật, không phải quy định pháp luật"
    Và cảnh báo đó có căn cứ "Quyết định 22/2023/QĐ-TTg"
    Và có cảnh báo "ceiling.same_purpose" cho khoản vay "V39"
    Và không có cảnh báo "ceiling.same_purpose" cho khoản vay "V40"

  @flag:ceiling.same_purpose
  Tình huống: Khoản vay đã trả hết không tính là còn dư nợ
    Cho hộ "H35" ở nông thôn có thu nhập 2.500.000 đồng/người/tháng
    Và sổ vay có các khoản vay:
      | mã khoản vay | hộ  | chương trình | mục đích    | giải ngân  | dư nợ      |
      | V41          | H35 | GQVL         | Nuôi bò     | 30.000.000 | 0          |
      | V42          | H35 | HSSV         | Nuôi bò     | 10.000.000 | 10.000.000 |
    Khi kiểm tra danh sách và sổ vay
    Thì không có cảnh báo "ceiling.same_purpose"
