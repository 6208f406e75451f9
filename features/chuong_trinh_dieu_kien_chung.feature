# language: vi
Tính năng: Điều kiện chung khi vay vốn Ngân hàng Chính sách xã hội (Nghị định 78/2002/NĐ-CP, hướng dẫn 316/NHCS-KH)
  Các điều kiện chung:
  1. người đại diện hộ vay (mặc định là chủ hộ) từ đủ 18 tuổi và có đủ năng lực hành vi dân sự;
  2. hộ cư trú hợp pháp (thường trú hoặc tạm trú dài hạn) tại xã nơi cho vay;
  3. hộ là thành viên Tổ Tiết kiệm và vay vốn (Tổ TK&VV);
  4. hộ được Tổ TK&VV bình xét công khai cho vay và có tên trong danh sách được UBND xã xác nhận.
  Chương trình nào đòi điều kiện nào:
  - cả bốn: hộ nghèo, hộ cận nghèo, hộ mới thoát nghèo, nước sạch, vệ sinh môi trường nông thôn,
    học sinh sinh viên, tạo việc làm cho người lao động, các chương trình nhà ở hộ nghèo (QĐ 167, 48,
    33) và nhà ở vùng đồng bào dân tộc thiểu số (NĐ 28);
  - 2, 3, 4 (người học hoặc người chấp hành xong án phạt tù trực tiếp vay, không xét người đại diện
    hộ): STEM, người chấp hành xong án phạt tù học nghề và sản xuất, kinh doanh;
  - chỉ 1 (NHCSXH cho vay trực tiếp): nhà ở xã hội mua, thuê mua và xây, sửa nhà;
  - không điều kiện nào (cơ sở vay trực tiếp): cơ sở sử dụng người chấp hành xong án phạt tù, cơ
    sở vay tạo việc làm.
  Thiếu một điều kiện mà chương trình đòi thì chương trình đó không cho vay được. Chưa rõ một điều
  kiện thì kết quả là "Cần rà soát" và nêu tên điều kiện còn thiếu, không bao giờ tự coi là "không".

  Các kịch bản dưới đây xét chương trình "Cho vay hộ nghèo" cho một hộ nghèo đã được UBND xã công
  nhận, nên chỉ điều kiện chung quyết định kết quả.

  Bối cảnh:
    Cho hộ gia đình ở nông thôn, chủ hộ sinh ngày 15/03/1980
    Và hộ được UBND xã công nhận là hộ nghèo ngày 20/12/2024

  @rule:lending.representative_adult @rule:lending.residence @rule:lending.savings_group @rule:lending.group_selection
  Kịch bản: Đủ cả bốn điều kiện chung thì được vay
    Cho người đại diện vay có đủ năng lực hành vi dân sự
    Và hộ cư trú hợp pháp tại xã nơi cho vay
    Và hộ là thành viên Tổ Tiết kiệm và vay vốn
    Và hộ được Tổ TK&VV bình xét cho vay
    Và hộ có tên trong danh sách được UBND xã xác nhận
    Khi xét chương trình "Cho vay hộ nghèo" ngày 14/12/2025
    Thì kết quả là "Đủ điều kiện"
    Và lý do có câu "Người đại diện hộ vay từ đủ 18 tuổi, có đủ năng lực hành vi dân sự" và "Nghị định 78/2002/NĐ-CP"
    Và lý do có câu "Cư trú hợp pháp (thường trú hoặc tạm trú dài hạn) tại địa phương nơi cho vay" và "Nghị định 78/2002/NĐ-CP"
    Và lý do có câu "Là thành viên Tổ Tiết kiệm và vay vốn" và "hướng dẫn 316/NHCS-KH ngày 02/05/2003"
    Và lý do có câu "Được Tổ TK&VV bình xét công khai và có tên trong danh sách được UBND xã xác nhận" và "hướng dẫn 316/NHCS-KH ngày 02/05/2003"

  Quy tắc: Người đại diện vay từ đủ 18 tuổi, có đủ năng lực hành vi dân sự

    @rule:lending.representative_adult
    Khung kịch bản: Chủ hộ sinh ngày <ngày sinh> là <tuổi> tuổi ngày 14/12/2025
      Cho hộ gia đình ở nông thôn, chủ hộ sinh ngày <ngày sinh>
      Và hộ đáp ứng các điều kiện chung khi vay vốn
      Khi xét chương trình "Cho vay hộ nghèo" ngày 14/12/2025
      Thì kết quả là "<kết quả>"
      Và lý do có câu "<lý do>"

      Dữ liệu:
        | ngày sinh  | tuổi | kết quả            | lý do                                                                                                      |
        | 15/12/2007 | 17   | Không đủ điều kiện | Tuổi của người đại diện vay 17 tuổi thấp hơn tuổi tối thiểu của người vay 18 tuổi (Nghị định 78/2002/NĐ-CP) |
        | 14/12/2007 | 18   | Đủ điều kiện       | Người đại diện hộ vay từ đủ 18 tuổi, có đủ năng lực hành vi dân sự                                         |
        | 15/03/1940 | 85   | Đủ điều kiện       | Người đại diện hộ vay từ đủ 18 tuổi, có đủ năng lực hành vi dân sự                                         |

    @rule:lending.representative_adult
    Khung kịch bản: Người đại diện vay là thành viên khác của hộ: tuổi của người đó được xét (<tuổi> tuổi)
      Cho hộ có thêm thành viên số 2 là con, sinh ngày <ngày sinh>
      Và người đại diện vay là thành viên số 2
      Và hộ đáp ứng các điều kiện chung khi vay vốn
      Khi xét chương trình "Cho vay hộ nghèo" ngày 14/12/2025
      Thì kết quả là "<kết quả>"
      Và lý do có câu "<lý do>"

      Dữ liệu:
        | ngày sinh  | tuổi | kết quả            | lý do                                                                         |
        | 01/06/2009 | 16   | Không đủ điều kiện | Tuổi của người đại diện vay 16 tuổi thấp hơn tuổi tối thiểu của người vay 18 tuổi |
        | 01/06/2000 | 25   | Đủ điều kiện       | Người đại diện hộ vay từ đủ 18 tuổi, có đủ năng lực hành vi dân sự            |

    @rule:lending.representative_adult
    Kịch bản: Người đại diện không có đủ năng lực hành vi dân sự — từ chối
      Cho hộ đáp ứng các điều kiện chung khi vay vốn
      Nhưng người đại diện vay không có đủ năng lực hành vi dân sự
      Khi xét chương trình "Cho vay hộ nghèo" ngày 14/12/2025
      Thì kết quả là "Không đủ điều kiện"
      Và không có số tiền còn có thể vay
      Và lý do có câu "Người đại diện hộ vay từ đủ 18 tuổi, có đủ năng lực hành vi dân sự" và "Nghị định 78/2002/NĐ-CP"
      Và lý do có câu "Người đại diện có đủ năng lực hành vi dân sự: không — không đạt yêu cầu"

    @rule:lending.representative_adult
    Kịch bản: Chưa rõ năng lực hành vi dân sự của người đại diện — cần rà soát
      Cho hộ đáp ứng các điều kiện chung khi vay vốn
      Nhưng chưa rõ người đại diện vay có đủ năng lực hành vi dân sự hay không
      Khi xét chương trình "Cho vay hộ nghèo" ngày 14/12/2025
      Thì kết quả là "Cần rà soát"
      Và cần bổ sung dữ liệu "Người đại diện có đủ năng lực hành vi dân sự"
      Và lý do cần rà soát có câu "Người đại diện hộ vay từ đủ 18 tuổi, có đủ năng lực hành vi dân sự" và "Người đại diện có đủ năng lực hành vi dân sự: chưa có dữ liệu — cần bổ sung để xét"

    @rule:lending.representative_adult
    Kịch bản: Người đại diện chưa đủ 18 tuổi thì bị từ chối dù chưa rõ năng lực hành vi
      Cho hộ gia đình ở nông thôn, chủ hộ sinh ngày 15/12/2007
      Và hộ đáp ứng các điều kiện chung khi vay vốn
      Nhưng chưa rõ người đại diện vay có đủ năng lực hành vi dân sự hay không
      Khi xét chương trình "Cho vay hộ nghèo" ngày 14/12/2025
      Thì kết quả là "Không đủ điều kiện"
      Và lý do có câu "Tuổi của người đại diện vay 17 tuổi thấp hơn tuổi tối thiểu của người vay 18 tuổi"

  Quy tắc: Cư trú hợp pháp tại xã nơi cho vay

    @rule:lending.residence
    Kịch bản: Hộ không cư trú hợp pháp tại xã nơi cho vay — từ chối
      Cho hộ đáp ứng các điều kiện chung khi vay vốn
      Nhưng hộ không cư trú hợp pháp tại xã nơi cho vay
      Khi xét chương trình "Cho vay hộ nghèo" ngày 14/12/2025
      Thì kết quả là "Không đủ điều kiện"
      Và lý do có câu "Cư trú hợp pháp (thường trú hoặc tạm trú dài hạn) tại địa phương nơi cho vay" và "Nghị định 78/2002/NĐ-CP"
      Và lý do có câu "Cư trú hợp pháp tại xã nơi cho vay: không — không đạt yêu cầu"

    @rule:lending.residence
    Kịch bản: Chưa rõ nơi cư trú hợp pháp — cần rà soát
      Cho hộ đáp ứng các điều kiện chung khi vay vốn
      Nhưng chưa rõ hộ có cư trú hợp pháp tại xã nơi cho vay hay không
      Khi xét chương trình "Cho vay hộ nghèo" ngày 14/12/2025
      Thì kết quả là "Cần rà soát"
      Và cần bổ sung dữ liệu "Cư trú hợp pháp tại xã nơi cho vay"

  Quy tắc: Là thành viên Tổ Tiết kiệm và vay vốn

    @rule:lending.savings_group
    Kịch bản: Hộ chưa vào Tổ Tiết kiệm và vay vốn — từ chối
      Cho hộ đáp ứng các điều kiện chung khi vay vốn
      Nhưng hộ không phải là thành viên Tổ Tiết kiệm và vay vốn
      Khi xét chương trình "Cho vay hộ nghèo" ngày 14/12/2025
      Thì kết quả là "Không đủ điều kiện"
      Và lý do có câu "Là thành viên Tổ Tiết kiệm và vay vốn" và "hướng dẫn 316/NHCS-KH ngày 02/05/2003"
      Và lý do có câu "Là thành viên Tổ Tiết kiệm và vay vốn: không — không đạt yêu cầu"

    @rule:lending.savings_group
    Kịch bản: Chưa rõ hộ có trong Tổ Tiết kiệm và vay vốn — cần rà soát
      Cho hộ đáp ứng các điều kiện chung khi vay vốn
      Nhưng chưa rõ hộ có là thành viên Tổ Tiết kiệm và vay vốn hay không
      Khi xét chương trình "Cho vay hộ nghèo" ngày 14/12/2025
      Thì kết quả là "Cần rà soát"
      Và cần bổ sung dữ liệu "Là thành viên Tổ Tiết kiệm và vay vốn"

  Quy tắc: Được Tổ TK&VV bình xét và có tên trong danh sách được UBND xã xác nhận

    @rule:lending.group_selection
    Khung kịch bản: Bình xét: <bình xét>; danh sách: <danh sách>
      Cho hộ đáp ứng các điều kiện chung khi vay vốn
      Và <bình xét>
      Và <danh sách>
      Khi xét chương trình "Cho vay hộ nghèo" ngày 14/12/2025
      Thì kết quả là "<kết quả>"
      Và lý do có câu "Được Tổ TK&VV bình xét công khai và có tên trong danh sách được UBND xã xác nhận" và "hướng dẫn 316/NHCS-KH ngày 02/05/2003"
      Và lý do có câu "<lý do>"

      Dữ liệu:
        | bình xét                                | danh sách                                            | kết quả            | lý do                                                                 |
        | hộ được Tổ TK&VV bình xét cho vay       | hộ có tên trong danh sách được UBND xã xác nhận      | Đủ điều kiện       | Số tiền còn có thể vay: 100.000.000 đồng                              |
        | hộ không được Tổ TK&VV bình xét cho vay | hộ có tên trong danh sách được UBND xã xác nhận      | Không đủ điều kiện | Được Tổ TK&VV bình xét cho vay: không — không đạt yêu cầu             |
        | hộ được Tổ TK&VV bình xét cho vay       | hộ không có tên trong danh sách được UBND xã xác nhận | Không đủ điều kiện | Có tên trong danh sách được UBND xã xác nhận: không — không đạt yêu cầu |

    @rule:lending.group_selection
    Khung kịch bản: Chưa rõ <điều kiện> — cần rà soát
      Cho hộ đáp ứng các điều kiện chung khi vay vốn
      Nhưng <chưa rõ>
      Khi xét chương trình "Cho vay hộ nghèo" ngày 14/12/2025
      Thì kết quả là "Cần rà soát"
      Và cần bổ sung dữ liệu "<dữ liệu>"

      Dữ liệu:
        | điều kiện                  | chưa rõ                                                           | dữ liệu                                      |
        | kết quả bình xét           | chưa rõ hộ có được Tổ TK&VV bình xét cho vay hay không            | Được Tổ TK&VV bình xét cho vay               |
        | xác nhận của UBND xã       | chưa rõ hộ có tên trong danh sách được UBND xã xác nhận hay không | Có tên trong danh sách được UBND xã xác nhận |

  Quy tắc: Thiếu một điều kiện chung thì không chương trình nào cho vay được

    @rule:lending.residence
    Kịch bản: Hộ nghèo ở nông thôn không cư trú hợp pháp tại xã — mọi chương trình hộ gia đình đều từ chối
      Cho hộ đáp ứng các điều kiện chung khi vay vốn
      Và hộ chưa có công trình cấp nước sinh hoạt
      Nhưng hộ không cư trú hợp pháp tại xã nơi cho vay
      Khi xét mọi chương trình ngày 14/12/2025
      Thì kết quả từng chương trình là:
        | chương trình                                                          | kết quả            |
        | Cho vay hộ nghèo                                                      | Không đủ điều kiện |
        | Cho vay hộ cận nghèo                                                  | Không đủ điều kiện |
        | Cho vay hộ mới thoát nghèo                                            | Không đủ điều kiện |
        | Cho vay nước sạch nông thôn — công trình cấp nước hộ gia đình         | Không đủ điều kiện |
        | Cho vay vệ sinh môi trường nông thôn — nhà tiêu hợp vệ sinh hộ gia đình | Không đủ điều kiện |

    @rule:program.poor_households.eligible @rule:program.near_poor_households.eligible @rule:program.newly_escaped_households.eligible @rule:program.rural_water_supply.qd10_2024
    Kịch bản: Khi đủ điều kiện chung, mỗi chương trình xét theo điều kiện riêng của nó
      Cho hộ đáp ứng các điều kiện chung khi vay vốn
      Và hộ chưa có công trình cấp nước sinh hoạt
      Khi xét mọi chương trình ngày 14/12/2025
      Thì kết quả từng chương trình là:
        | chương trình                                                  | kết quả            |
        | Cho vay hộ nghèo                                              | Đủ điều kiện       |
        | Cho vay hộ cận nghèo                                          | Không đủ điều kiện |
        | Cho vay hộ mới thoát nghèo                                    | Không đủ điều kiện |
        | Cho vay nước sạch nông thôn — công trình cấp nước hộ gia đình | Đủ điều kiện       |

  Quy tắc: Dữ liệu sai thì hồ sơ bị từ chối, thông báo bằng tiếng Việt nêu đúng trường sai

    @input:requested_amount
    Khung kịch bản: Số tiền đề nghị vay <số tiền> đồng không hợp lệ
      Cho hộ đáp ứng các điều kiện chung khi vay vốn
      Và hộ đề nghị vay <số tiền> đồng
      Khi xét chương trình "Cho vay hộ nghèo" ngày 14/12/2025
      Thì hồ sơ bị từ chối với lỗi ở trường "số tiền đề nghị vay (đồng)" (mã requested_amount): "<lỗi>"
      Và thông báo lỗi bằng tiếng Việt, không có dấu vết lỗi kỹ thuật

      Dữ liệu:
        | số tiền                    | lỗi                                                                       |
        | 0                          | phải lớn hơn hoặc bằng 1, nhận được 0                                     |
        | -5.000.000                 | phải lớn hơn hoặc bằng 1, nhận được -5000000                              |
        | 10.000.000.000.001         | phải nhỏ hơn hoặc bằng 10000000000000, nhận được 10000000000001           |

    @input:programs
    Kịch bản: Chương trình không có trong danh mục — từ chối, không trả lời "không đủ điều kiện"
      Cho hộ đáp ứng các điều kiện chung khi vay vốn
      Khi xét chương trình mã "cho_vay_mua_xe" ngày 14/12/2025
      Thì hồ sơ bị từ chối với lỗi ở trường "chương trình cần xét (mặc định: tất cả) số 1" (mã programs[0]): "giá trị 'cho_vay_mua_xe' không hợp lệ"
      Và thông báo lỗi bằng tiếng Việt, không có dấu vết lỗi kỹ thuật

    @input:existing_loans.outstanding
    Kịch bản: Dư nợ âm — từ chối
      Cho hộ đáp ứng các điều kiện chung khi vay vốn
      Và hộ đang còn dư nợ chương trình hộ nghèo -1 đồng
      Khi xét chương trình "Cho vay hộ nghèo" ngày 14/12/2025
      Thì hồ sơ bị từ chối với lỗi ở trường "các khoản vay NHCSXH đang còn dư nợ số 1 › dư nợ (đồng)" (mã existing_loans[0].outstanding): "phải lớn hơn hoặc bằng 0, nhận được -1"
      Và thông báo lỗi bằng tiếng Việt, không có dấu vết lỗi kỹ thuật

    @input:unknown_field
    Kịch bản: Trường không có trong mẫu hồ sơ vay — từ chối, nêu tên trường
      Cho hộ đáp ứng các điều kiện chung khi vay vốn
      Và hồ sơ có thêm trường "so_tien_vay" với giá trị "50000000"
      Khi xét chương trình "Cho vay hộ nghèo" ngày 14/12/2025
      Thì hồ sơ bị từ chối với lỗi ở trường "so_tien_vay" (mã so_tien_vay): "trường không có trong mẫu dữ liệu"
      Và thông báo lỗi bằng tiếng Việt, không có dấu vết lỗi kỹ thuật

    @input:reference_date
    Khung kịch bản: Ngày xét <ngày> nằm ngoài phạm vi bộ quy tắc
      Cho hộ đáp ứng các điều kiện chung khi vay vốn
      Khi xét chương trình "Cho vay hộ nghèo" ngày <ngày>
      Thì ngày tham chiếu bị từ chối với thông báo "Ngày tham chiếu <ngày> nằm ngoài phạm vi bộ quy tắc (01/01/2016–31/12/2030)"
      Và thông báo lỗi bằng tiếng Việt, không có dấu vết lỗi kỹ thuật

      Dữ liệu:
        | ngày       |
        | 31/12/2015 |
        | 01/01/2031 |
